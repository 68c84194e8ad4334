import type { OfflineComposer, OfflineTask } from '../types';
import { composeChat } from './chat';
import { composeContent, composeImprovedPost } from './content';
import { composeReply } from './reply';
import { composeStrategy } from './strategy';

/** The offline writer's composer for each task (a request without a known task gets the generic one). */
export const OFFLINE_COMPOSERS: Record<OfflineTask, OfflineComposer> = {
  chat: composeChat,
  reply: composeReply,
  strategy: composeStrategy,
  content: composeContent,
  improve: composeImprovedPost,
};
