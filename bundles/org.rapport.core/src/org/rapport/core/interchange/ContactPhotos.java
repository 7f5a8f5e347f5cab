/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import org.rapport.core.internal.interchange.Messages;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a contact's photo small enough to keep inside the plan file: at most {@value #MAX_SIDE} pixels a side, as
 * JPEG of at most {@value #MAX_BYTES} bytes as a rule (the quality is lowered step by step for a busy picture), whatever
 * the size of the picture given. Headless (
 * {@code javax.imageio}); the editor and importers call it on the way in.
 */
public final class ContactPhotos {

	/** The longest side of a stored photo, in pixels. */
	public static final int MAX_SIDE = 256;

	/** The largest picture file read, in bytes; larger ones are refused rather than decoded. */
	public static final int MAX_INPUT = 20 * 1024 * 1024;

	/**
	 * The most pixels a picture may claim to have (a 10,000 by 5,000 photo); a small file that claims more (a
	 * "decompression bomb") is refused before it is decoded.
	 */
	public static final long MAX_PIXELS = 50_000_000L;

	/** The largest stored photo, in bytes, unless even the lowest quality cannot make it so small. */
	public static final int MAX_BYTES = 48 * 1024;

	private static final float[] QUALITIES = { 0.85f, 0.7f, 0.55f, 0.4f, 0.25f };

	/** A stored photo: its bytes and media type. */
	public record Photo(byte[] data, String mediaType, int width, int height) {
	}

	private ContactPhotos() {
	}

	/**
	 * The picture downscaled (never enlarged) to at most {@value #MAX_SIDE} pixels a side and encoded again.
	 *
	 * @param picture the bytes of a JPEG, PNG, GIF or BMP picture
	 * @throws IOException when the bytes are not a picture Java can read, or larger than {@value #MAX_INPUT} bytes
	 */
	public static Photo downscale(byte[] picture) throws IOException {
		if (picture.length > MAX_INPUT) {
			throw new IOException(Messages.bind(Messages.Photo_tooLarge, Integer.valueOf(MAX_INPUT / (1024 * 1024))));
		}
		checkPixels(picture);
		BufferedImage source = ImageIO.read(new ByteArrayInputStream(picture));
		if (source == null) {
			throw new IOException(Messages.Photo_notAPicture);
		}
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		// JPEG, transparency flattened onto white: a portrait needs none, and PNG would make it several times larger
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		} finally {
			g.dispose();
		}
		// lower the quality step by step until the photo is small enough (a busy picture compresses badly)
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (float quality : QUALITIES) {
			out.reset();
			writeJpeg(scaled, quality, out);
			if (out.size() <= MAX_BYTES) {
				break;
			}
		}
		return new Photo(out.toByteArray(), "image/jpeg", width, height); //$NON-NLS-1$
	}

	/**
	 * The picture as a plan keeps it: a JPEG already within {@value #MAX_SIDE} pixels a side and {@value #MAX_BYTES}
	 * bytes unchanged (so a photo exported and imported again is the same photo), anything else
	 * {@linkplain #downscale(byte[]) downscaled}.
	 *
	 * @throws IOException when the bytes are not a picture Java can read, or too large
	 */
	public static Photo fit(byte[] picture) throws IOException {
		boolean jpeg = picture.length > 3 && (picture[0] & 0xff) == 0xff && (picture[1] & 0xff) == 0xd8
				&& (picture[2] & 0xff) == 0xff;
		if (jpeg && picture.length <= MAX_BYTES) {
			checkPixels(picture);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
			if (image != null && image.getWidth() <= MAX_SIDE && image.getHeight() <= MAX_SIDE) {
				return new Photo(picture, "image/jpeg", image.getWidth(), image.getHeight()); //$NON-NLS-1$
			}
		}
		return downscale(picture);
	}

	/** Reads the size the picture claims, without decoding it, and refuses one of more than {@link #MAX_PIXELS}. */
	private static void checkPixels(byte[] picture) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new IOException(Messages.Photo_notAPicture);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new IOException(Messages.bind(Messages.Photo_tooManyPixels, Long.valueOf(MAX_PIXELS / 1_000_000)));
				}
			} finally {
				reader.dispose();
			}
		}
	}

	private static void writeJpeg(BufferedImage image, float quality, ByteArrayOutputStream out) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); //$NON-NLS-1$
		ImageWriter writer = writers.next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		} finally {
			writer.dispose();
		}
	}
}
