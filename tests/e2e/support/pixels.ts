/**
 * Reading a screenshot's pixels in the page itself (a canvas), so a test can say what a person
 * would see — “the red header band is gone” — without an image library.
 */
import type { Page } from 'playwright-core';

/**
 * Pixels of `png` within `tolerance` (per channel) of the colour `rgb`. Decoded in a blank page of
 * the same browser context: the site's own CSP rightly refuses data: images.
 */
export async function countColour(page: Page, png: Buffer, rgb: readonly [number, number, number], tolerance = 24): Promise<number> {
  const blank = await page.context().newPage();
  try {
    return await countIn(blank, png, rgb, tolerance);
  } finally {
    await blank.close();
  }
}

function countIn(page: Page, png: Buffer, rgb: readonly [number, number, number], tolerance: number): Promise<number> {
  return page.evaluate(
    async ({ data, rgb, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i]! - rgb[0]) <= tolerance && Math.abs(pixels[i + 1]! - rgb[1]) <= tolerance && Math.abs(pixels[i + 2]! - rgb[2]) <= tolerance) count++;
      }
      return count;
    },
    { data: png.toString('base64'), rgb, tolerance },
  );
}
