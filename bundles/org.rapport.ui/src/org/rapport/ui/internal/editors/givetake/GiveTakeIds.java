/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

/** The {@code UiIds.KEY} values of the Give and Take page's controls (tests find controls by them). */
public final class GiveTakeIds {

	public static final String LEDGER = "givetake.ledger"; //$NON-NLS-1$
	public static final String SAY_THANKS = "givetake.ledger.sayThanks"; //$NON-NLS-1$
	public static final String SHOW_ALL = "givetake.show.all"; //$NON-NLS-1$
	public static final String SHOW_GIVEN = "givetake.show.given"; //$NON-NLS-1$
	public static final String SHOW_RECEIVED = "givetake.show.received"; //$NON-NLS-1$
	public static final String SHOW_OWED = "givetake.show.owed"; //$NON-NLS-1$
	public static final String GRATITUDES = "givetake.gratitudes"; //$NON-NLS-1$
	public static final String BALANCE = "givetake.balance"; //$NON-NLS-1$
	public static final String EXCHANGE_DETAILS = "givetake.exchange.details"; //$NON-NLS-1$
	public static final String EXCHANGE_DIRECTION = "givetake.exchange.direction"; //$NON-NLS-1$
	public static final String EXCHANGE_KIND = "givetake.exchange.kind"; //$NON-NLS-1$
	public static final String EXCHANGE_CONTACT = "givetake.exchange.contact"; //$NON-NLS-1$
	public static final String EXCHANGE_DATE = "givetake.exchange.date"; //$NON-NLS-1$
	public static final String EXCHANGE_DESCRIPTION = "givetake.exchange.description"; //$NON-NLS-1$
	public static final String EXCHANGE_THANKS = "givetake.exchange.thanks"; //$NON-NLS-1$
	public static final String GRATITUDE_DETAILS = "givetake.gratitude.details"; //$NON-NLS-1$
	public static final String GRATITUDE_CONTACT = "givetake.gratitude.contact"; //$NON-NLS-1$
	public static final String GRATITUDE_DATE = "givetake.gratitude.date"; //$NON-NLS-1$
	public static final String GRATITUDE_CHANNEL = "givetake.gratitude.channel"; //$NON-NLS-1$
	public static final String GRATITUDE_MESSAGE = "givetake.gratitude.message"; //$NON-NLS-1$
	public static final String GRATITUDE_EXCHANGE = "givetake.gratitude.exchange"; //$NON-NLS-1$
	public static final String THANKS_TO = "givetake.thanks.to"; //$NON-NLS-1$
	public static final String THANKS_DATE = "givetake.thanks.date"; //$NON-NLS-1$
	public static final String THANKS_CHANNEL = "givetake.thanks.channel"; //$NON-NLS-1$
	public static final String THANKS_MESSAGE = "givetake.thanks.message"; //$NON-NLS-1$

	private GiveTakeIds() {
	}
}
