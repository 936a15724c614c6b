import { Global, Module } from '@nestjs/common';
import { PageAdditions } from './page-additions';

/**
 * What modules add to every page of the layout (PageAdditions). Global, as the page shell that
 * reads it serves every module's pages.
 */
@Global()
@Module({
  providers: [PageAdditions],
  exports: [PageAdditions],
})
export class ViewsModule {}
