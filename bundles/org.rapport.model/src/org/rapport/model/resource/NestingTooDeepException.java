/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * A plan file whose elements are nested more than {@link RapportResource#MAX_DEPTH} deep: refused at load, where
 * the parser is, with the line and column of the element that went too deep.
 */
public class NestingTooDeepException extends SAXParseException {

	private static final long serialVersionUID = 1L;

	public NestingTooDeepException(Locator locator) {
		super("Elements are nested more than " + RapportResource.MAX_DEPTH + " levels deep", locator); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
