import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HomeModule } from '../home/home.module';
import { JobsModule } from '../jobs/jobs.module';
import { LiveClientAssetController } from './live-client-asset.controller';
import { LiveModule } from '../live/live.module';
import { User } from '../users/user.entity';
import { UsersModule } from '../users/users.module';
import { ActorNames } from './actor-names';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesService } from './notification-preferences.service';
import { OrganisationsModule } from '../organisations/organisations.module';
import { NotificationPillarFollow } from './notification-pillar-follow.entity';
import { NotificationSettings } from './notification-settings.entity';
import { NotificationSources } from './notification-sources';
import { NotificationThreadMail } from './notification-thread-mail.entity';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { UnreadNotificationsBlock } from './unread-notifications.block';
import { UnreadBadgeSource } from './unread-badge.source';
import { UnreadCounts } from './unread-counts';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Notifications: the pipeline producers publish to (NotificationsService), the centre
 * (`/notifications`), the header badge kept live, e-mail after a delay, digests, preferences
 * (`/account/notifications`) and the one-click unsubscribe. Producers import this module,
 * register a source per subject kind and publish events.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Notification,
      NotificationPreference,
      NotificationSettings,
      NotificationThreadMail,
      NotificationPillarFollow,
      User,
    ]),
    UsersModule,
    OrganisationsModule,
    HomeModule,
    LiveModule,
    JobsModule,
  ],
  controllers: [
    NotificationsController,
    NotificationPreferencesController,
    UnsubscribeController,
    LiveClientAssetController,
  ],
  providers: [
    NotificationsService,
    ActorNames,
    NotificationSources,
    NotificationPreferencesService,
    NotificationCentreService,
    NotificationMailer,
    UnreadCounts,
    UnreadBadgeSource,
    UnreadNotificationsBlock,
  ],
  exports: [NotificationsService, NotificationPreferencesService],
})
export class NotificationsModule {}
