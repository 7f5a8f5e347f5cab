/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import org.rapport.model.edit.provider.RapportLabels;
import java.util.Date;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rapport.model.Severity;
import org.rapport.ui.internal.Messages;

/** How reviews show scores, weights, dates and severities, the same in the wizard and the Reviews page. */
public final class ReviewFormat {

	private ReviewFormat() {
	}

	/** A score from 0 to 100 as a whole number ("72"), or "failed" for NaN (a strategy that could not score). */
	public static String score(double score) {
		return Double.isNaN(score) ? Messages.Review_failedScore : Long.toString(Math.round(score));
	}

	/** A weight as written in the preferences: "1", "0.5". */
	public static String weight(double weight) {
		return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
	}

	public static String date(Date date) {
		return RapportLabels.date(date);
	}

	public static String severity(Severity severity) {
		if (severity == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (severity) {
		case ERROR -> Messages.Review_severityError;
		case WARNING -> Messages.Review_severityWarning;
		default -> Messages.Review_severityInfo;
		};
	}

	/** The workbench's shared problem icon for the severity; shared, do not dispose. */
	public static Image severityImage(Severity severity) {
		if (severity == null) {
			return null;
		}
		String key = switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	/** The first line of a text, shortened for a table cell. */
	public static String firstLine(String text, int max) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String line = text.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
		return line.length() <= max ? line : line.substring(0, max - 1) + '\u2026';
	}
}
