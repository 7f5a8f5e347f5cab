/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.givetake.messages"; //$NON-NLS-1$

	public static String GiveTakePage_gratitudesEmpty;
	public static String GiveTakePage_ledgerEmpty;
	public static String GiveTakePage_tab;
	public static String GiveTakePage_title;
	public static String GiveTakePage_ledger;
	public static String GiveTakePage_ledgerDescription;
	public static String GiveTakePage_filterHint;
	public static String GiveTakePage_show;
	public static String GiveTakePage_showAll;
	public static String GiveTakePage_showGiven;
	public static String GiveTakePage_showReceived;
	public static String GiveTakePage_showOwed;
	public static String GiveTakePage_sayThanks;
	public static String GiveTakePage_sayThanksTip;
	public static String GiveTakePage_columnDate;
	public static String GiveTakePage_columnDirection;
	public static String GiveTakePage_columnKind;
	public static String GiveTakePage_columnContact;
	public static String GiveTakePage_columnDescription;
	public static String GiveTakePage_columnThanks;
	public static String GiveTakePage_columnChannel;
	public static String GiveTakePage_columnFor;
	public static String GiveTakePage_columnGiven;
	public static String GiveTakePage_columnReceived;
	public static String GiveTakePage_columnBalance;
	public static String GiveTakePage_thanked;
	public static String GiveTakePage_owed;
	public static String GiveTakePage_gratitudes;
	public static String GiveTakePage_gratitudesDescription;
	public static String GiveTakePage_balance;
	public static String GiveTakePage_balanceDescription;
	public static String ExchangeDetails_title;
	public static String ExchangeDetails_direction;
	public static String ExchangeDetails_kind;
	public static String ExchangeDetails_contact;
	public static String ExchangeDetails_date;
	public static String ExchangeDetails_description;
	public static String ExchangeDetails_thanks;
	public static String GratitudeDetails_title;
	public static String GratitudeDetails_contact;
	public static String GratitudeDetails_date;
	public static String GratitudeDetails_channel;
	public static String GratitudeDetails_message;
	public static String GratitudeDetails_exchange;
	public static String SayThanks_title;
	public static String SayThanks_heading;
	public static String SayThanks_message;
	public static String SayThanks_to;
	public static String SayThanks_date;
	public static String SayThanks_channel;
	public static String SayThanks_text;
	public static String SayThanks_noContact;
	public static String SayThanks_command;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
