/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.contacts;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.contacts.messages"; //$NON-NLS-1$

	public static String ContactDetails_section;
	public static String ContactDetails_columnDate;
	public static String ContactDetails_columnOccasion;
	public static String ContactDetails_columnName;
	public static String ContactDetails_columnContact;
	public static String ContactDetails_columnRelation;
	public static String ContactDetails_columnCountry;
	public static String ContactDetails_columnPostalCode;
	public static String ContactDetails_columnRegion;
	public static String ContactDetails_columnCity;
	public static String ContactDetails_columnStreet;
	public static String ContactDetails_columnPreferred;
	public static String ContactDetails_columnLabel;
	public static String ContactDetails_columnType;
	public static String ContactDetails_columnUrl;
	public static String ContactDetails_columnPhone;
	public static String ContactDetails_columnEmail;
	public static String ContactDetails_importantDates;
	public static String ContactDetails_relationships;
	public static String ContactDetails_addresses;
	public static String ContactDetails_photoInfo;
	public static String ContactDetails_photoCannotRead;
	public static String ContactDetails_photoError;
	public static String ContactDetails_photoDialog;
	public static String ContactDetails_photoRemoveCommand;
	public static String ContactDetails_photoCommand;
	public static String ContactDetails_photoRemove;
	public static String ContactDetails_photoSet;
	public static String ContactDetails_photoNone;
	public static String ContactDetails_photo;
	public static String ContactDetails_birthday;
	public static String ContactDetails_organizationUnit;
	public static String ContactDetails_nickname;
	public static String ContactDetails_suffix;
	public static String ContactDetails_middleName;
	public static String ContactDetails_prefix;
	public static String ContactDetails_groupPerson;
	public static String ContactDetails_groupReach;
	public static String ContactDetails_groupRelationship;
	public static String ContactDetails_groupOrigin;
	public static String ContactDetails_groupActivity;
	public static String ContactDetails_firstName;
	public static String ContactDetails_lastName;
	public static String ContactDetails_organization;
	public static String ContactDetails_position;
	public static String ContactDetails_emails;
	public static String ContactDetails_phones;
	public static String ContactDetails_profileUrls;
	public static String ContactDetails_tier;
	public static String ContactDetails_status;
	public static String ContactDetails_reach;
	public static String ContactDetails_reachEmail;
	public static String ContactDetails_reachCall;
	public static String ContactDetails_reachProfile;
	public static String ContactDetails_reachNone;
	public static String ContactDetails_cadence;
	public static String ContactDetails_effectiveCadence;
	public static String ContactDetails_effectiveCadenceOwn;
	public static String ContactDetails_effectiveCadenceTier;
	public static String ContactDetails_audiences;
	public static String ContactDetails_tags;
	public static String ContactDetails_sharedInterests;
	public static String ContactDetails_sharedValues;
	public static String ContactDetails_howMet;
	public static String ContactDetails_metAt;
	public static String ContactDetails_introducedBy;
	public static String ContactDetails_notes;
	public static String ContactDetails_lastContact;
	public static String ContactDetails_lastContactDays;
	public static String ContactDetails_lastContactToday;
	public static String ContactDetails_lastContactYesterday;
	public static String ContactDetails_neverContacted;
	public static String ContactDetails_balance;
	public static String ContactDetails_balanceEven;
	public static String ContactDetails_balanceGiven;
	public static String ContactDetails_balanceReceived;
	public static String ContactDetails_overdue;
	public static String ContactDetails_overdueNone;
	public static String ContactDetails_provenance;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
