/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.audiences;

/** The {@code UiIds.KEY} values of the Audiences page's controls (tests find controls by them). */
public final class AudienceIds {

	public static final String AUDIENCES = "audiences.audiences"; //$NON-NLS-1$
	public static final String DETAILS = "audiences.details"; //$NON-NLS-1$
	public static final String NAME = "audiences.name"; //$NON-NLS-1$
	public static final String DESCRIPTION = "audiences.description"; //$NON-NLS-1$
	public static final String INDUSTRIES = "audiences.industries"; //$NON-NLS-1$
	public static final String ROLES = "audiences.roles"; //$NON-NLS-1$
	public static final String SENIORITIES = "audiences.seniorities"; //$NON-NLS-1$
	public static final String LOCATIONS = "audiences.locations"; //$NON-NLS-1$
	public static final String TAGS = "audiences.tags"; //$NON-NLS-1$
	public static final String MEMBERS = "audiences.members"; //$NON-NLS-1$
	/** The communication strategy's section; its Create and Remove buttons are {@code + ".create"/".remove"}. */
	public static final String COMMUNICATION = "audiences.communication"; //$NON-NLS-1$
	/** The channels' check boxes; each is {@code CHANNELS + "." + literal}, e.g. {@code "...channels.email"}. */
	public static final String CHANNELS = "audiences.communication.channels"; //$NON-NLS-1$
	public static final String KEY_MESSAGES = "audiences.communication.keyMessages"; //$NON-NLS-1$
	public static final String VALUE_OFFERED = "audiences.communication.valueOffered"; //$NON-NLS-1$
	public static final String TONE = "audiences.communication.tone"; //$NON-NLS-1$
	public static final String CADENCE = "audiences.communication.cadence"; //$NON-NLS-1$

	private AudienceIds() {
	}
}
