'use client';

import { ImagePlus, Loader2, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField, FormItem, FormMessage } from '@/components/ui/form';
import type { PostFormControl } from './post-form';
import { ACCEPT_ATTRIBUTE, UploadError, uploadImage } from './upload-image';

/** The cover: upload an image (preview shown at once), replace it, or remove it. */
export function CoverImageField({ control }: { control: PostFormControl }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isUploading, setIsUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const labelId = useId();

  return (
    <FormField
      control={control}
      name="coverImageUrl"
      render={({ field }) => {
        async function onFile(file: File | undefined) {
          if (!file) return;
          setIsUploading(true);
          setError(null);
          try {
            field.onChange(await uploadImage(file));
          } catch (cause) {
            setError(cause instanceof UploadError ? cause.message : 'The upload failed. Try again.');
          } finally {
            setIsUploading(false);
            if (inputRef.current) inputRef.current.value = '';
          }
        }
        return (
          <FormItem role="group" aria-labelledby={labelId}>
            <span id={labelId} className="text-sm font-medium leading-none">
              Cover image
            </span>
            {field.value ? (
              // eslint-disable-next-line @next/next/no-img-element -- a preview of our own upload (or an https cover), not an optimised asset
              <img src={field.value} alt="Cover preview" className="aspect-video w-full rounded-md border bg-muted object-cover" />
            ) : (
              <div className="flex aspect-video w-full items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">
                No cover image
              </div>
            )}
            <input
              ref={inputRef}
              type="file"
              accept={ACCEPT_ATTRIBUTE}
              className="sr-only"
              tabIndex={-1}
              aria-hidden
              onChange={(event) => void onFile(event.target.files?.[0])}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" size="sm" disabled={isUploading} aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
                {isUploading ? <Loader2 className="animate-spin" aria-hidden /> : <ImagePlus aria-hidden />}
                {isUploading ? 'Uploading…' : field.value ? 'Replace image' : 'Upload image'}
              </Button>
              {field.value ? (
                <Button type="button" variant="ghost" size="sm" disabled={isUploading} onClick={() => field.onChange('')}>
                  <Trash2 aria-hidden />
                  Remove
                </Button>
              ) : null}
            </div>
            <p id={hintId} className="text-sm text-muted-foreground">
              PNG, JPEG, WebP, GIF or AVIF, up to 5 MB. Wide images (16:9) fit best.
            </p>
            {error ? (
              <p role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <FormMessage />
          </FormItem>
        );
      }}
    />
  );
}
