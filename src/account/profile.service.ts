import { choosableLocales } from '../common/i18n/translator';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { User } from '../users/user.entity';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import {
  languageName,
  MAX_LANGUAGES,
  parseLanguageList,
  splitLanguages,
  storedLanguages,
  UN_LANGUAGES,
} from './languages';
import { TIME_ZONES } from './time-zones';

interface ProfileValues {
  name: string;
  unLanguages: string[];
  otherLanguages: string;
  timeZone: string;
  locale: string;
}

/** The person's own profile: name, languages spoken, time zone. E-mail and role are not theirs to change. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  /**
   * The form, filled from the account, or from the posted form when it is shown again with
   * errors (so nothing the person typed is lost).
   */
  async formModel(actor: Actor, posted?: Record<string, unknown>) {
    const user = userOf(actor);
    const values = posted ? postedValues(posted) : await this.storedValues(user.id);
    return {
      email: user.email,
      organisationName: user.organisationName,
      role: user.role,
      name: values.name,
      otherLanguages: values.otherLanguages,
      unLanguages: UN_LANGUAGES.map((code) => ({
        code,
        name: languageName(code, actor.locale),
        checked: values.unLanguages.includes(code),
      })),
      timeZones: TIME_ZONES.map((zone) => ({ value: zone, selected: zone === values.timeZone })),
      // Each language named in the page's own language, like the languages spoken above.
      locales: choosableLocales().map((locale) => ({
        value: locale,
        label: languageName(locale.split('-')[0], actor.locale) ?? locale,
        selected: locale === values.locale,
      })),
    };
  }

  async update(actor: Actor, form: UpdateProfileDto): Promise<void> {
    const user = userOf(actor);
    const typed = parseLanguageList(form.otherLanguages ?? '');
    if (typed.invalid.length > 0) {
      throw FormError.field('otherLanguages', {
        key: 'account.profile.unknownLanguages',
        params: { codes: typed.invalid.join(', ') },
      });
    }
    const languages = [...new Set([...form.unLanguages, ...typed.codes])];
    if (languages.length > MAX_LANGUAGES) {
      throw FormError.field('otherLanguages', {
        key: 'account.profile.tooManyLanguages',
        params: { max: MAX_LANGUAGES },
      });
    }
    const current = await this.users.findOneByOrFail({ id: user.id });
    const next = {
      name: form.name,
      languages: languages.join(','),
      timeZone: form.timeZone,
      locale: form.locale ? form.locale : null,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (field) => current[field] !== next[field],
    );
    if (changed.length > 0) {
      await this.users.update(user.id, next);
      await this.audit.record(actor, {
        action: 'user.profile-updated',
        targetType: 'user',
        targetId: user.id,
        details: { changed },
      });
    }
  }

  private async storedValues(userId: number): Promise<ProfileValues> {
    const stored = await this.users.findOneOrFail({
      where: { id: userId },
      select: { id: true, name: true, languages: true, timeZone: true, locale: true },
    });
    const { un, other } = splitLanguages(storedLanguages(stored.languages));
    return {
      name: stored.name,
      unLanguages: un,
      otherLanguages: other.join(', '),
      timeZone: stored.timeZone,
      locale: stored.locale ?? '',
    };
  }
}

function postedValues(body: Record<string, unknown>): ProfileValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const list = body.unLanguages;
  return {
    name: text(body.name),
    unLanguages: (Array.isArray(list) ? list : [list]).filter((v) => typeof v === 'string'),
    otherLanguages: text(body.otherLanguages),
    timeZone: text(body.timeZone),
    locale: text(body.locale),
  };
}
