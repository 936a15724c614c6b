import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { translate } from '../../common/i18n/translator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { CarriersService } from './carriers.service';
import { IngestError } from './ingest-error';
import { IngestionService, type Receipt } from './ingestion.service';
import { KeyRateLimiter } from './key-rate-limiter';
import { ANSWERS, ingestApiDocument, MESSAGES_PATH } from './openapi-document';
import { BodyTooLarge } from './raw-body';

/** What the API answers: a status and a JSON body. */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The answer for a receipt: 202 new, 201 resent, 400 stored but unreadable. */
export function answerOf(receipt: Receipt): ApiAnswer {
  const body: Record<string, unknown> = { id: receipt.id, status: receipt.status };
  if (receipt.duplicate) body.duplicate = true;
  if (receipt.parts) body.parts = receipt.parts;
  if (receipt.status === 'failed' && receipt.error && !receipt.duplicate) {
    return {
      status: 400,
      body: {
        statusCode: 400,
        code: receipt.error.code === 'not-edifact' ? 'not-edifact' : 'unreadable-message',
        message: receipt.error.message,
        ...body,
        error: {
          code: receipt.error.code,
          ...(receipt.error.segmentNumber !== undefined
            ? { segmentNumber: receipt.error.segmentNumber }
            : {}),
          ...(receipt.error.segmentTag ? { segmentTag: receipt.error.segmentTag } : {}),
        },
      },
    };
  }
  return { status: receipt.duplicate ? 201 : 202, body };
}

/**
 * The carrier API's steps, in the order that costs least: the key (401 before a byte of the
 * body is read), the key's rate (429), the body within its limit (413), then ingestion.
 */
@Injectable()
export class IngestApi {
  constructor(
    private readonly carriers: CarriersService,
    private readonly limiter: KeyRateLimiter,
    private readonly ingestion: IngestionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(key: string | null, actor: Actor, body: () => Promise<Buffer>): Promise<ApiAnswer> {
    if (!key) throw new IngestError(401, 'missing-key', 'ingestion.error.missingKey');
    const holder = await this.carriers.authenticate(key, actor.ip);
    if (!holder) throw new IngestError(401, 'unknown-key', 'ingestion.error.unknownKey');
    const wait = await this.limiter.take(holder.keyId);
    if (wait !== null)
      throw new IngestError(
        429,
        'rate-limited',
        'ingestion.error.rateLimited',
        { seconds: wait },
        wait,
      );
    let bytes: Buffer;
    try {
      bytes = await body();
    } catch (error) {
      if (error instanceof BodyTooLarge) throw this.tooLarge();
      throw error;
    }
    const receipt = await this.ingestion.receive(bytes, {
      stateId: holder.stateId,
      stateCode: holder.stateCode,
      source: 'api',
      carrierId: holder.carrierId,
      keyId: holder.keyId,
      uploaderId: null,
    });
    return answerOf(receipt);
  }

  tooLarge(): IngestError {
    return new IngestError(413, 'too-large', 'ingestion.error.tooLarge', {
      max: this.maxMegabytes,
    });
  }

  get maxMegabytes(): number {
    return Math.round(this.config.ingestion.maxBytes / (1024 * 1024));
  }

  document(locale: string): object {
    return ingestApiDocument(
      (key, params) => translate(locale, key, params),
      this.config.publicUrl,
      this.maxMegabytes,
    );
  }

  /** The page for carriers' engineers, drawn from the very document served as JSON. */
  documentPage(locale: string) {
    const document = this.document(locale) as {
      info: { title: string; description: string };
      servers: { url: string }[];
      paths: Record<string, { post: OperationView }>;
      components: {
        securitySchemes: Record<string, { description: string; name?: string; scheme?: string }>;
      };
    };
    const operation = document.paths[MESSAGES_PATH].post;
    return {
      pageTitle: { key: 'ingestion.api.title' },
      title: document.info.title,
      description: document.info.description,
      url: `${document.servers[0].url}${MESSAGES_PATH}`,
      summary: operation.summary,
      operationDescription: operation.description,
      bodyDescription: operation.requestBody.description,
      mediaTypes: Object.keys(operation.requestBody.content),
      schemes: Object.values(document.components.securitySchemes).map((scheme) => ({
        header: scheme.name ? scheme.name : 'Authorization: Bearer',
        description: scheme.description,
      })),
      answers: ANSWERS.map((answer) => {
        const response = operation.responses[answer.status];
        const example = response.content['application/json'].example;
        return {
          status: answer.status,
          description: response.description,
          codes: 'codes' in answer ? answer.codes : [],
          example: JSON.stringify(example),
        };
      }),
    };
  }
}

interface OperationView {
  summary: string;
  description: string;
  requestBody: { description: string; content: Record<string, unknown> };
  responses: Record<
    string,
    { description: string; content: { 'application/json': { example: unknown } } }
  >;
}
