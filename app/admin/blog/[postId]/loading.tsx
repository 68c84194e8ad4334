import { PostEditorSkeleton } from '@/components/admin/blog/post-editor-skeleton';

export default function EditBlogPostLoading() {
  return <PostEditorSkeleton label="Loading the post" />;
}
