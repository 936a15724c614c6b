import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../../common/actor/actor-of';
import type { Analyst } from './analyst';

/**
 * The Analyst of this request. Only on routes behind PurposeGuard, which guarantees the
 * session's purpose; without one this is a programming error.
 */
export const CurrentAnalyst = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Analyst => {
    const request = context.switchToHttp().getRequest<Request>();
    const purpose = request.session?.workPurpose;
    if (!purpose) throw new Error('CurrentAnalyst needs PurposeGuard on the route');
    return { actor: actorOf(request), purpose };
  },
);
