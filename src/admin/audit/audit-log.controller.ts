import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { Controller, Get, Query, Render } from '@nestjs/common';
import { NoStore } from '../../common/http/no-store.decorator';
import type { Request } from 'express';
import { InArea } from '../../common/areas/area';
import { ADMIN_AUDIT_AREA } from '../admin.areas';
import { FormView } from '../../common/forms/form-view.decorator';
import { AuditLogService } from './audit-log.service';
import { AuditFilterDto } from './dto/audit-filter.dto';

/** The audit log, read-only: filtered pages and a CSV export. Admins only. */
@Controller('admin')
@InArea(ADMIN_AUDIT_AREA)
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get('audit')
  @FormView('admin/audit', (controller: AuditLogController, request) =>
    controller.formModel(request),
  )
  @Render('admin/audit')
  page(@Query() filter: AuditFilterDto) {
    return this.auditLog.page(filter);
  }

  @Get('audit.csv')
  @NoStore()
  @FormView('admin/audit', (controller: AuditLogController, request) =>
    controller.formModel(request),
  )
  csv(@Query() filter: AuditFilterDto, @CurrentActor() actor: Actor) {
    return this.auditLog.csv(actor, filter);
  }

  formModel(request: Request) {
    return this.auditLog.formModel(request.query);
  }
}
