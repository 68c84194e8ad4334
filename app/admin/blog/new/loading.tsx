import { PostEditorSkeleton } from '@/components/admin/blog/post-editor-skeleton';

export default function NewBlogPostLoading() {
  return <PostEditorSkeleton label="Loading the editor" />;
}
