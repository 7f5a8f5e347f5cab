/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

/** Ids of the help's parts; its widgets carry an id under the same key as org.rapport.ui's ({@code getData(KEY)}). */
public final class HelpIds {

	public static final String BUNDLE = "org.rapport.help"; //$NON-NLS-1$
	public static final String VIEW = "org.rapport.help.view"; //$NON-NLS-1$
	public static final String KEY = "org.rapport.ui.id"; //$NON-NLS-1$
	public static final String TOC = "help.toc"; //$NON-NLS-1$
	public static final String PAGE = "help.page"; //$NON-NLS-1$
	/** The welcome page, shown by the intro part. */
	public static final String WELCOME = "/org.rapport.help/help/welcome.html"; //$NON-NLS-1$

	private HelpIds() {
	}
}
