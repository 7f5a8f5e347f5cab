/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.store;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the plan store. Templates are in {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.core.internal.store.messages"; //$NON-NLS-1$

	// how a problem is located: {0} file name, {1} line, {2} column, {3} reason
	public static String Location_fileLineColumn;
	public static String Location_fileLine;
	public static String Location_file;

	// load problems: {0} the parser's own words, when there are any
	public static String Load_empty;
	public static String Load_truncated;
	public static String Load_notXml;
	public static String Load_malformed;
	public static String Load_doctype;
	public static String Load_tooDeep;
	public static String Load_notAPlan;
	public static String Load_noNamespace;
	public static String Load_namespace;
	public static String Load_otherVersion;
	public static String Load_unknownContent;
	public static String Load_illegalValue;
	public static String Load_illegalFeatureValue;
	public static String Load_unresolvedReference;
	public static String Load_damaged;
	public static String Load_missing;
	public static String Load_isDirectory;
	public static String Load_notRegularFile;
	public static String Load_accessDenied;
	public static String Load_unreadable;

	// save problems: {0} the system's own words
	public static String Save_folderMissing;
	public static String Save_accessDenied;
	public static String Save_diskFull;
	public static String Save_isDirectory;
	public static String Save_notRegularFile;
	public static String Save_alreadyExists;
	public static String Save_danglingReference;
	public static String Save_notPersisted;
	public static String Save_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
