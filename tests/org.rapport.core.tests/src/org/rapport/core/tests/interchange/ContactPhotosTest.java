/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.rapport.core.interchange.ContactPhotos;

/** A photo is made small on the way into the plan, whatever picture is chosen. */
class ContactPhotosTest {

	@Test
	void aLargeBusyPictureBecomesAtMost256PixelsAndAFewTensOfKb() throws Exception {
		byte[] png = picture(3000, 2000, true, "png");
		assertTrue(png.length > 1_000_000, "a busy 6-megapixel picture: " + png.length);
		ContactPhotos.Photo photo = ContactPhotos.downscale(png);
		assertEquals("image/jpeg", photo.mediaType());
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.data()));
		assertEquals(256, stored.getWidth());
		assertEquals(171, stored.getHeight(), "in proportion");
		assertEquals(256, photo.width());
		assertTrue(photo.data().length <= ContactPhotos.MAX_BYTES, "at most 48 KB: " + photo.data().length);
	}

	@Test
	void aSmallPictureIsNotEnlargedAndTransparencyIsFlattened() throws Exception {
		ContactPhotos.Photo photo = ContactPhotos.downscale(picture(120, 160, false, "png"));
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.data()));
		assertEquals(120, stored.getWidth());
		assertEquals(160, stored.getHeight());
		assertEquals("image/jpeg", photo.mediaType());
	}

	@Test
	void whatIsNotAPictureIsRefusedWithAMessage() {
		IOException e = assertThrows(IOException.class,
				() -> ContactPhotos.downscale("BEGIN:VCARD\nEND:VCARD\n".getBytes()));
		assertTrue(e.getMessage().contains("not a picture"), e.getMessage());
		assertThrows(IOException.class, () -> ContactPhotos.downscale(new byte[ContactPhotos.MAX_INPUT + 1]));
	}

	private static byte[] picture(int width, int height, boolean noise, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, noise ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = noise ? random.nextInt(0x1000000) : (x * 2 << 16) | (y << 8) | 0x80;
				image.setRGB(x, y, noise ? rgb : 0x80000000 | rgb);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	@Test
	void aSmallFileClaimingAHugePictureIsRefusedBeforeItIsDecoded() throws Exception {
		// a PNG header of 100,000 by 100,000 pixels: decoding it would take 40 GB
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(100_000).putInt(100_000)
				.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(ihdr.array());
		png.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
		png.write(ihdr.array());
		png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		IOException e = assertThrows(IOException.class, () -> ContactPhotos.fit(png.toByteArray()));
		assertEquals("The picture has more than 50 million pixels.", e.getMessage());
	}
}
