/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Finds the help's pages. A page is named as the help system names it, {@code /bundle/path}; a page's links are
 * relative to it. The pages ship in this bundle as XHTML, so they are read with the JDK's XML parser.
 */
final class HelpPages {

	private HelpPages() {
	}

	/** The absolute form ({@code /bundle/path}) of a link found on a page; the fragment is dropped. */
	static String resolve(String base, String link) {
		String target = link;
		int hash = target.indexOf('#');
		if (hash >= 0) {
			target = target.substring(0, hash);
		}
		if (target.isEmpty()) {
			return base;
		}
		if (target.startsWith("/")) { //$NON-NLS-1$
			return target;
		}
		String folder = base.substring(0, base.lastIndexOf('/') + 1);
		String path = folder + target;
		// collapse "dir/../" so that a page may link to a sibling folder's page
		while (path.contains("/../")) { //$NON-NLS-1$
			int up = path.indexOf("/../"); //$NON-NLS-1$
			int parent = path.lastIndexOf('/', up - 1);
			path = path.substring(0, Math.max(parent, 0)) + path.substring(up + 3);
		}
		return path;
	}

	/** The page's entry in its bundle, or {@code null} when there is no such page. */
	static URL entry(String href) {
		String path = href.startsWith("/") ? href.substring(1) : href; //$NON-NLS-1$
		int slash = path.indexOf('/');
		if (slash < 0) {
			return null;
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		return bundle == null ? null : bundle.getEntry(path.substring(slash + 1));
	}

	/** A {@code file:} URL of the page, its folder extracted from the bundle so that its links and style work. */
	static URL fileUrl(String href) throws IOException {
		URL entry = entry(href);
		if (entry == null) {
			throw new IOException(href);
		}
		String path = entry.getPath();
		Bundle bundle = Platform.getBundle(href.substring(1, href.indexOf('/', 1)));
		URL folder = FileLocator.toFileURL(bundle.getEntry(path.substring(0, path.lastIndexOf('/') + 1)));
		return new URL(folder, path.substring(path.lastIndexOf('/') + 1));
	}

	/** Reads a page; {@code null} when it does not exist. */
	static Document read(String href) throws IOException {
		URL entry = entry(href);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(href + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
