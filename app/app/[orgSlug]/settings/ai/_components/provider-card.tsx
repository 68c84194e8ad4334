import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AiFeature, AiProviderKind } from '@/db/schema';

const PROVIDER_NAMES: Record<AiProviderKind, string> = {
  openai: 'OpenAI',
  'openai-compatible': 'OpenAI-compatible server',
  offline: 'Offline writer',
};

const PROVIDER_NOTES: Record<AiProviderKind, string> = {
  openai: 'Connected with the OPENAI_API_KEY set on the server.',
  'openai-compatible': 'Connected to the OpenAI-compatible server at AI_BASE_URL (for example Ollama, vLLM, LM Studio or OpenRouter).',
  offline:
    'No AI model is connected. Beacon’s offline writer fills templates with your workspace data: its drafts are useful starting ' +
    'points, but it does not reason or answer like a model. To connect one, set OPENAI_API_KEY (OpenAI) or AI_BASE_URL (any ' +
    'OpenAI-compatible server such as Ollama) on the server and restart Beacon; the “AI models” section of the README has the details.',
};

const TASKS: { feature: AiFeature; label: string; variable: string }[] = [
  { feature: 'chat', label: 'Assistant chat', variable: 'AI_MODEL_CHAT' },
  { feature: 'reply', label: 'Lead reply drafts', variable: 'AI_MODEL_CHAT' },
  { feature: 'strategy', label: 'Marketing strategy', variable: 'AI_MODEL_STRATEGY' },
  { feature: 'content', label: 'Social posts', variable: 'AI_MODEL_CONTENT' },
];

export const FEATURE_LABELS: Record<AiFeature, string> = Object.fromEntries(TASKS.map((task) => [task.feature, task.label])) as Record<AiFeature, string>;

/** Which provider writes for this workspace, in plain words, and the model each task uses. */
export function ProviderCard({ kind, models }: { kind: AiProviderKind; models: Record<AiFeature, string> }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <h2>AI provider</h2>
          <Badge variant={kind === 'offline' ? 'outline' : 'secondary'}>{PROVIDER_NAMES[kind]}</Badge>
        </CardTitle>
        <CardDescription>The provider is chosen by the server’s configuration and is the same for every workspace.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <p className={kind === 'offline' ? 'rounded-md border border-amber-500/30 bg-amber-500/5 px-3 py-2 text-sm' : 'text-sm'}>
          {kind === 'offline' ? <strong className="font-medium">Offline writer — no AI model is connected. </strong> : null}
          {PROVIDER_NOTES[kind]}
        </p>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Task</TableHead>
              <TableHead scope="col">Model</TableHead>
              {kind === 'offline' ? null : <TableHead scope="col">Set with</TableHead>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {TASKS.map((task) => (
              <TableRow key={task.feature}>
                <TableCell>{task.label}</TableCell>
                <TableCell className="font-mono text-xs">{models[task.feature]}</TableCell>
                {kind === 'offline' ? null : (
                  <TableCell className="text-xs text-muted-foreground">
                    <code>{task.variable}</code>, else <code>AI_MODEL</code>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
