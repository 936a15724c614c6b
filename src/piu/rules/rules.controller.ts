import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Redirect,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { SCREENING_AREA } from '../piu.area';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { applyEdit, fromCriteria, newTree, parseRows } from './rule-form';
import type { RuleFormInput } from './rule-form-validation';
import { RuleFormDto } from './rule-form.dto';
import { ruleFormView } from './rule-form.view';
import { RulePages } from './rule-pages';
import { revisionOf, RulesService } from './rules.service';

const see = (url: string) => ({ url, statusCode: 303 });

function inputOf(form: RuleFormDto): RuleFormInput {
  return {
    name: form.name ?? '',
    description: form.description ?? '',
    severity: form.severity ?? '',
    root: parseRows(form.nodes).root,
  };
}

/**
 * `/screening/rules`: the State's targeting rules and the rule form. The form builds the
 * engine's criteria tree without script: its "add condition", "add group" and "remove"
 * buttons post the whole form to a compose route (`formaction`) that draws it again changed.
 */
@Controller('screening/rules')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class RulesController {
  constructor(
    private readonly pages: RulePages,
    private readonly rules: RulesService,
  ) {}

  @Get()
  @Render('piu/rules/list')
  list(@CurrentActor() actor: Actor) {
    return this.pages.list(actor);
  }

  @Get('new')
  @Render('piu/rules/form')
  newRule() {
    return this.formModel({ name: '', description: '', severity: 'medium', root: newTree() });
  }

  @Post('new/compose')
  @HttpCode(200)
  @Render('piu/rules/form')
  composeNew(@Body() form: RuleFormDto) {
    return this.composed(form);
  }

  @Post()
  @FormView('piu/rules/form', (controller: RulesController, request) =>
    controller.formModel(inputOf(request.body as RuleFormDto)),
  )
  @Redirect()
  async create(@CurrentActor() actor: Actor, @Body() form: RuleFormDto, @Req() request: Request) {
    const id = await this.rules.create(actor, inputOf(form));
    flash(request, 'success', { key: 'rules.created' });
    return see(`/screening/rules/${id}`);
  }

  @Get(':id')
  @Render('piu/rules/show')
  show(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    return this.pages.rule(actor, id);
  }

  @Get(':id/edit')
  @Render('piu/rules/form')
  async edit(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    const rule = await this.rules.load(actor, id);
    return this.formModel(
      {
        name: rule.name,
        description: rule.description,
        severity: rule.severity,
        root: fromCriteria(JSON.parse(rule.criteria)),
      },
      rule.id,
      revisionOf(rule),
    );
  }

  @Post(':id/compose')
  @HttpCode(200)
  @Render('piu/rules/form')
  async composeEdit(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: RuleFormDto,
  ) {
    const rule = await this.rules.load(actor, id);
    return this.composed(form, rule.id, form.revision ?? revisionOf(rule));
  }

  @Post(':id')
  @FormView('piu/rules/form', (controller: RulesController, request) =>
    controller.redrawn(actorOf(request), request.body as RuleFormDto, Number(request.params.id)),
  )
  @Redirect()
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: RuleFormDto,
    @Req() request: Request,
  ) {
    const { changed } = await this.rules.update(actor, id, inputOf(form), form.revision);
    flash(request, changed ? 'success' : 'info', {
      key: changed ? 'rules.saved' : 'rules.unchanged',
    });
    return see(`/screening/rules/${id}`);
  }

  private composed(form: RuleFormDto, ruleId?: number, revision?: string) {
    const tree = parseRows(form.nodes);
    if (form.edit) applyEdit(tree, form.edit);
    return this.formModel({ ...inputOf(form), root: tree.root }, ruleId, revision);
  }

  /**
   * The edit form drawn again after a refusal: what was typed, and the rule's revision as it is
   * now, so that saving again after "changed meanwhile" saves over the newer version knowingly.
   */
  async redrawn(actor: Actor, form: RuleFormDto, id: number) {
    const rule = await this.rules.load(actor, id);
    return this.formModel(inputOf(form), id, revisionOf(rule));
  }

  formModel(input: RuleFormInput, ruleId?: number, revision?: string) {
    const base = ruleId === undefined ? '/screening/rules' : `/screening/rules/${ruleId}`;
    return {
      pageTitle: { key: ruleId === undefined ? 'rules.new.title' : 'rules.edit.title' },
      ruleId,
      revision,
      action: base,
      composeAction: ruleId === undefined ? '/screening/rules/new/compose' : `${base}/compose`,
      cancel: ruleId === undefined ? '/screening/rules' : base,
      ...ruleFormView(
        { name: input.name, description: input.description, severity: input.severity },
        input.root,
      ),
    };
  }
}
