import * as QRCode from 'qrcode';
import { renderQrCodeSvg } from './qr-code-svg';

const uri =
  'otpauth://totp/CTTP%20Platform:jane%40un.org?issuer=CTTP%20Platform&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30';

describe('renderQrCodeSvg', () => {
  it('renders an accessible inline SVG of the right size', async () => {
    const svg = await renderQrCodeSvg(uri, { label: 'QR code for your authenticator app' });
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code for your authenticator app" /);
    expect(svg).toContain('<title>QR code for your authenticator app</title>');
    expect(svg).toContain('width="200" height="200"');
    expect(svg.endsWith('</svg>')).toBe(true);
    // The viewBox is the symbol plus a 4-module quiet zone on each side.
    const modules = QRCode.create(uri, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${modules + 8} ${modules + 8}"`);
  });

  it('draws a different code for different text, the same for the same text', async () => {
    const a = await renderQrCodeSvg(uri, { label: 'x' });
    const b = await renderQrCodeSvg(uri.replace('JBSW', 'KBSW'), { label: 'x' });
    expect(a).not.toBe(b);
    expect(await renderQrCodeSvg(uri, { label: 'x' })).toBe(a);
  });

  it('references nothing outside the document and carries no script', async () => {
    const svg = await renderQrCodeSvg(uri, { label: 'x', size: 160 });
    expect(svg).toContain('width="160"');
    expect(svg).not.toMatch(/<script|href=|url\(|style=/i);
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('escapes the label', async () => {
    const svg = await renderQrCodeSvg(uri, { label: '"><script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
