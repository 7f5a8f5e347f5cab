/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.validation;

import org.eclipse.osgi.util.NLS;

/** The Validation view's strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.validation.messages"; //$NON-NLS-1$

	public static String Validation_noPlan;
	public static String Validation_running;
	public static String Validation_job;
	public static String Validation_noProblems;
	public static String Validation_errors;
	public static String Validation_errorsOne;
	public static String Validation_warnings;
	public static String Validation_warningsOne;
	public static String Validation_infos;
	public static String Validation_infosOne;
	public static String Validation_separator;
	public static String Validation_hidden;
	public static String Validation_columnMessage;
	public static String Validation_columnObject;
	public static String Validation_columnFeature;
	public static String Validation_showErrors;
	public static String Validation_showWarnings;
	public static String Validation_showInfos;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
