import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { actorOf } from '../../common/actor/actor-of';
import type { User } from '../../users/user.entity';
import { SignInService } from './sign-in.service';

/** passport-local: e-mail and password from the login form. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<User | false> {
    const result = await this.signIn.checkPassword(
      String(email).slice(0, 254),
      String(password),
      actorOf(request),
    );
    return result.ok ? result.user : false;
  }
}
