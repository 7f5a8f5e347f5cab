/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.forms.messages"; //$NON-NLS-1$

	public static String Field_badDate;
	public static String Field_badWholeNumber;
	public static String Field_badNumber;
	public static String Field_dateHint;
	public static String Field_listHint;
	public static String Field_linesHint;
	public static String Field_none;
	public static String Field_add;
	public static String Field_remove;
	public static String Field_chooseTitle;
	public static String Field_chooseMessage;
	public static String Field_chooseNothing;
	public static String List_add;
	public static String List_remove;
	public static String List_delete;
	public static String List_count;
	public static String List_countFiltered;
	public static String Details_noSelection;
	public static String Field_create;
	public static String Field_createButton;
	public static String Field_choose;
	public static String Field_clear;
	public static String Field_chooseOne;
	public static String Field_entryInvalid;
	public static String Field_addEntry;
	public static String Field_preferred;
	public static String Field_badPartialDate;
	public static String Field_partialDateHint;
	public static String Field_removeContained;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
