/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.contacts;

/**
 * The {@code UiIds.KEY} values of the Contacts page's newer fields (tests find controls by them); the older ones
 * (names, organization, emails, tier, notes…) are in {@code UiIds}.
 */
public final class ContactIds {

	public static final String PROFILE_URLS = "contact.profileUrls"; //$NON-NLS-1$
	public static final String PREFIX = "contact.prefix"; //$NON-NLS-1$
	public static final String MIDDLE_NAME = "contact.middleName"; //$NON-NLS-1$
	public static final String SUFFIX = "contact.suffix"; //$NON-NLS-1$
	public static final String NICKNAME = "contact.nickname"; //$NON-NLS-1$
	public static final String ORGANIZATION_UNIT = "contact.organizationUnit"; //$NON-NLS-1$
	public static final String BIRTHDAY = "contact.birthday"; //$NON-NLS-1$
	public static final String PHOTO = "contact.photo"; //$NON-NLS-1$
	public static final String RELATIONSHIPS = "contact.relationships"; //$NON-NLS-1$
	public static final String IMPORTANT_DATES = "contact.importantDates"; //$NON-NLS-1$
	public static final String TAGS = "contact.tags"; //$NON-NLS-1$
	public static final String CADENCE = "contact.cadenceDays"; //$NON-NLS-1$
	public static final String STATUS = "contact.status"; //$NON-NLS-1$
	public static final String REACH = "contact.reach"; //$NON-NLS-1$
	public static final String TIMELINE = "contact.timeline"; //$NON-NLS-1$
	public static final String TIMELINE_LOG = "contact.timeline.log"; //$NON-NLS-1$
	public static final String EFFECTIVE_CADENCE = "contact.effectiveCadence"; //$NON-NLS-1$
	public static final String AUDIENCES = "contact.audiences"; //$NON-NLS-1$
	public static final String SHARED_INTERESTS = "contact.sharedInterests"; //$NON-NLS-1$
	public static final String SHARED_VALUES = "contact.sharedValues"; //$NON-NLS-1$
	public static final String HOW_MET = "contact.howMet"; //$NON-NLS-1$
	public static final String MET_AT = "contact.metAt"; //$NON-NLS-1$
	public static final String INTRODUCED_BY = "contact.introducedBy"; //$NON-NLS-1$
	public static final String BALANCE = "contact.giveTakeBalance"; //$NON-NLS-1$
	public static final String OVERDUE = "contact.overdueFollowUps"; //$NON-NLS-1$
	public static final String PROVENANCE = "contact.provenance"; //$NON-NLS-1$

	private ContactIds() {
	}
}
