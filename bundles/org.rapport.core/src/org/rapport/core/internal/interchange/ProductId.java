/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The {@code PRODID} of the files Rapport writes (vCard, iCalendar): Rapport and the version of its core bundle. */
public final class ProductId {

	private ProductId() {
	}

	/** "0.1.0": the core bundle's version without its qualifier; "0.0.0" outside OSGi. */
	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(ProductId.class);
		Version version = bundle == null ? Version.emptyVersion : bundle.getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The formal public identifier, {@code -//Rapport//Rapport 0.1.0//EN}. */
	public static String get() {
		return "-//Rapport//Rapport " + version() + "//EN"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
