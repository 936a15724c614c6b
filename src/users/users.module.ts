import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordsModule } from '../auth/passwords/passwords.module';
import { JobsModule } from '../jobs/jobs.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AccountFactory } from './account-factory';
import { RecoveryCode } from './recovery-code.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** People's accounts: the user rows, the signed-in view of them, and account creation. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RecoveryCode]),
    OrganisationsModule,
    PasswordsModule,
    // The clock an expert's assignments are read at (tests drive it).
    JobsModule,
  ],
  providers: [UsersService, AccountFactory],
  exports: [TypeOrmModule, UsersService, AccountFactory],
})
export class UsersModule {}
