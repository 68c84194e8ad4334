'use client';

import { CalendarPlus, ListPlus, NotebookPen, Phone } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { CallForm } from './call-form';
import { MeetingForm } from './meeting-form';
import { NoteForm } from './note-form';
import { TaskForm } from './task-form';

/** Record something about the lead: a note, a call, a meeting or a follow-up task. */
export function LeadComposer({ currentUserId }: { currentUserId: string }) {
  return (
    <Card className="py-4">
      <CardContent className="px-4">
        <Tabs defaultValue="note">
          <TabsList aria-label="Record on this lead" className="w-full sm:w-fit">
            <TabsTrigger value="note">
              <NotebookPen aria-hidden />
              Note
            </TabsTrigger>
            <TabsTrigger value="call">
              <Phone aria-hidden />
              Call
            </TabsTrigger>
            <TabsTrigger value="meeting">
              <CalendarPlus aria-hidden />
              Meeting
            </TabsTrigger>
            <TabsTrigger value="task">
              <ListPlus aria-hidden />
              Task
            </TabsTrigger>
          </TabsList>
          <TabsContent value="note" className="pt-2">
            <NoteForm />
          </TabsContent>
          <TabsContent value="call" className="pt-2">
            <CallForm />
          </TabsContent>
          <TabsContent value="meeting" className="pt-2">
            <MeetingForm />
          </TabsContent>
          <TabsContent value="task" className="pt-2">
            <TaskForm defaultAssigneeId={currentUserId} />
          </TabsContent>
        </Tabs>
      </CardContent>
    </Card>
  );
}
