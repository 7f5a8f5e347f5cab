/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** The bundle's own images (icons/), shared through the JFace image registry. */
public final class Images {

	public static final String PLAN = "icons/plan_editor.png"; //$NON-NLS-1$
	public static final String NEW_PLAN = "icons/new_plan.png"; //$NON-NLS-1$
	public static final String OPEN_PLAN = "icons/open_plan.png"; //$NON-NLS-1$
	public static final String CONTACTS = "icons/contacts_view.png"; //$NON-NLS-1$

	private static final String PREFIX = "org.rapport.ui/"; //$NON-NLS-1$

	private Images() {
	}

	public static ImageDescriptor descriptor(String path) {
		return ImageDescriptor.createFromURL(Images.class.getResource("/" + path)); //$NON-NLS-1$
	}

	/** A shared image; the registry owns it (do not dispose). */
	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		Image image = registry.get(PREFIX + path);
		if (image == null) {
			registry.put(PREFIX + path, descriptor(path));
			image = registry.get(PREFIX + path);
		}
		return image;
	}
}
