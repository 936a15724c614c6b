import { Injectable, Logger } from '@nestjs/common';

/**
 * What happens to a resource, for whoever keeps something in step with the library: search
 * re-indexes it (LibrarySearch.searchDocument), notifications tell its audience
 * (LibraryAudience). `actorId` is who did it (null for the system: text extraction).
 */
export type LibraryEvent =
  | { readonly type: 'resource.published'; readonly resourceId: number; readonly actorId: number }
  | { readonly type: 'resource.proposed'; readonly resourceId: number; readonly actorId: number }
  | { readonly type: 'resource.approved'; readonly resourceId: number; readonly actorId: number }
  | { readonly type: 'resource.rejected'; readonly resourceId: number; readonly actorId: number }
  | { readonly type: 'resource.updated'; readonly resourceId: number; readonly actorId: number }
  | {
      readonly type: 'resource.version-added';
      readonly resourceId: number;
      readonly actorId: number;
      readonly versionNumber: number;
    }
  | { readonly type: 'resource.deleted'; readonly resourceId: number; readonly actorId: number }
  | {
      readonly type: 'resource.text-extracted';
      readonly resourceId: number;
      readonly actorId: null;
      readonly versionNumber: number;
    };

export type LibraryEventType = LibraryEvent['type'];
export type LibraryListener = (event: LibraryEvent) => void | Promise<void>;

/**
 * The one place the library announces its changes: every create, edit, new version, deletion,
 * approval, rejection and extracted text goes through `emit`, after its transaction committed.
 * Other modules `subscribe` when they start (onModuleInit); a listener's failure is logged and
 * never undoes or fails the change that caused it.
 */
@Injectable()
export class LibraryEvents {
  private readonly logger = new Logger('LibraryEvents');
  private readonly listeners = new Set<LibraryListener>();

  /** Adds a listener; the function returned removes it. */
  subscribe(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands the event to every listener in turn, and resolves when all have finished. */
  async emit(event: LibraryEvent): Promise<void> {
    for (const listener of [...this.listeners]) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(
          `listener failed on ${event.type} of resource ${event.resourceId}: ${String(error)}`,
        );
      }
    }
  }
}
