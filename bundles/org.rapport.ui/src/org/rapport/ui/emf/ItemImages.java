/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;

/** Turns the image objects item providers return (URLs, composed images) into JFace image descriptors. */
public final class ItemImages {

	private ItemImages() {
	}

	/** The descriptor of an item provider's image, or {@code null} when it has none. */
	public static ImageDescriptor descriptor(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed) {
			// Overlays (a controlled resource) are rare here; the base image carries the meaning.
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptor(images.get(0));
		}
		return null;
	}
}
