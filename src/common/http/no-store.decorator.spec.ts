import { Controller, Get, Res } from '@nestjs/common';
import { GUARDS_METADATA, INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import { Test } from '@nestjs/testing';
import type { Response } from 'express';
import request from 'supertest';
import { NoStore, NoStoreGuard } from './no-store.decorator';

@Controller()
class ProbeController {
  @Get('secret')
  @NoStore()
  secret(@Res() response: Response): void {
    response.send('secret');
  }

  @Get('public')
  open(@Res() response: Response): void {
    response.send('public');
  }
}

describe('NoStore', () => {
  it('is a guard, not an interceptor: no RxJS pipeline or async binding a request', () => {
    const handler = ProbeController.prototype.secret;
    expect(Reflect.getMetadata(GUARDS_METADATA, handler)).toEqual([NoStoreGuard]);
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toBeUndefined();
  });

  it('marks the routes it decorates, and only those, no-store', async () => {
    const module = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    const app = module.createNestApplication();
    await app.init();
    try {
      const secret = await request(app.getHttpServer()).get('/secret');
      const open = await request(app.getHttpServer()).get('/public');

      expect(secret.text).toBe('secret');
      expect(secret.headers['cache-control']).toBe('no-store');
      expect(open.headers['cache-control']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
