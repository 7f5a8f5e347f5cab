/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The readable text of a help page, for when no browser engine is available: headings, paragraphs, lists,
 * definition lists, tables as one line per row, emphasis, key names and links. The result is plain text with
 * style ranges and indents that {@link PageViewer} puts into a {@code StyledText}.
 */
final class HtmlText {

	/** A link in the text: where it is and where it goes. */
	record Link(int start, int length, String href) {
	}

	/** A run of text with one style. */
	record Run(int start, int length, int fontStyle, int heading, boolean code, boolean link) {
	}

	/** A logical line that is indented (a list item, a definition). */
	record Indent(int offset, int level, boolean bullet) {
	}

	private final StringBuilder text = new StringBuilder();
	private final List<Run> runs = new ArrayList<>();
	private final List<Link> links = new ArrayList<>();
	private final List<Indent> indents = new ArrayList<>();
	private String title = ""; //$NON-NLS-1$
	private int bold;
	private int italic;
	private int code;
	private int heading;
	private String href;
	private int level;

	private HtmlText() {
	}

	static HtmlText of(Document page) {
		HtmlText result = new HtmlText();
		result.node(page.getDocumentElement());
		while (result.text.length() > 0 && result.text.charAt(result.text.length() - 1) == '\n') {
			result.text.setLength(result.text.length() - 1);
		}
		return result;
	}

	String text() {
		return text.toString();
	}

	String title() {
		return title;
	}

	List<Run> runs() {
		return runs;
	}

	List<Link> links() {
		return links;
	}

	List<Indent> indents() {
		return indents;
	}

	private void node(Node node) {
		if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
			append(node.getNodeValue());
			return;
		}
		if (node.getNodeType() != Node.ELEMENT_NODE) {
			return;
		}
		Element element = (Element) node;
		String tag = element.getTagName().toLowerCase(Locale.ROOT);
		switch (tag) {
		case "head": //$NON-NLS-1$
			Node titleNode = element.getElementsByTagName("title").item(0); //$NON-NLS-1$
			if (titleNode != null) {
				title = titleNode.getTextContent().trim();
			}
			return;
		case "script", "style": //$NON-NLS-1$ //$NON-NLS-2$
			return;
		case "h1", "h2", "h3", "h4": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			block(2);
			heading = tag.charAt(1) - '0';
			children(element);
			heading = 0;
			block(2);
			return;
		case "p", "div", "table", "dl": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			block(2);
			children(element);
			block(2);
			return;
		case "ul", "ol": //$NON-NLS-1$ //$NON-NLS-2$
			list(element, tag.equals("ol")); //$NON-NLS-1$
			return;
		case "dt": //$NON-NLS-1$
			block(1);
			bold++;
			children(element);
			bold--;
			return;
		case "dd": //$NON-NLS-1$
			block(1);
			level++;
			indents.add(new Indent(text.length(), level, false));
			children(element);
			level--;
			return;
		case "tr": //$NON-NLS-1$
			row(element);
			return;
		case "br": //$NON-NLS-1$
			text.append('\n');
			return;
		case "b", "strong", "th": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			bold++;
			children(element);
			bold--;
			return;
		case "i", "em": //$NON-NLS-1$ //$NON-NLS-2$
			italic++;
			children(element);
			italic--;
			return;
		case "code", "kbd", "tt": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			code++;
			children(element);
			code--;
			return;
		case "a": //$NON-NLS-1$
			String target = element.getAttribute("href"); //$NON-NLS-1$
			if (target.isEmpty()) {
				children(element);
				return;
			}
			int start = text.length();
			href = target;
			children(element);
			href = null;
			links.add(new Link(start, text.length() - start, target));
			return;
		default:
			children(element);
		}
	}

	private void children(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			node(child);
		}
	}

	private void list(Element list, boolean numbered) {
		block(level == 0 ? 2 : 1);
		level++;
		int number = 1;
		for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element item && item.getTagName().equalsIgnoreCase("li")) { //$NON-NLS-1$
				block(1);
				indents.add(new Indent(text.length(), level, true));
				String marker = numbered ? number++ + ".\u00a0" : "\u2022\u00a0"; //$NON-NLS-1$ //$NON-NLS-2$
				text.append(marker);
				children(item);
			}
		}
		level--;
		block(level == 0 ? 2 : 1);
	}

	private void row(Element row) {
		block(1);
		boolean first = true;
		for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element cell) {
				if (!first) {
					text.append(" \u2014 "); //$NON-NLS-1$
				}
				first = false;
				node(cell);
			}
		}
	}

	/** Ends the current line and leaves {@code breaks - 1} empty lines (none at the start of the text). */
	private void block(int breaks) {
		if (text.length() == 0) {
			return;
		}
		int trailing = 0;
		while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
			trailing++;
		}
		while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
		for (int i = trailing; i < breaks; i++) {
			text.append('\n');
		}
	}

	private void append(String raw) {
		String collapsed = raw.replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		boolean lineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n'
				|| text.charAt(text.length() - 1) == '\u00a0';
		if (lineStart || text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
			collapsed = collapsed.stripLeading();
		}
		if (collapsed.isEmpty()) {
			return;
		}
		int start = text.length();
		text.append(collapsed);
		int fontStyle = (bold > 0 || heading > 0 ? SWT.BOLD : SWT.NORMAL) | (italic > 0 ? SWT.ITALIC : SWT.NORMAL);
		if (fontStyle != SWT.NORMAL || heading > 0 || code > 0 || href != null) {
			runs.add(new Run(start, collapsed.length(), fontStyle, heading, code > 0, href != null));
		}
	}
}
