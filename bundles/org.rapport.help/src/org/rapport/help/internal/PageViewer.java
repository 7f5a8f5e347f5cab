/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.w3c.dom.Document;

/**
 * Shows one help page. Where the platform has a browser engine (Windows, macOS, Linux with WebKitGTK) the page is
 * shown as HTML in an SWT {@link Browser}; without one it is rendered as readable styled text with working links.
 * Links to other pages open here; other links (the {@code rapport:} actions of the welcome) go to a handler.
 */
public final class PageViewer {

	/** {@code -Drapport.help.browser=none} shows pages as text even where a browser engine exists. */
	static final String BROWSER_PROPERTY = "rapport.help.browser"; //$NON-NLS-1$

	private final Composite stack;
	private final Browser browser;
	private final StyledText styled;
	private final LocalResourceManager resources;
	private final List<HtmlText.Link> links = new ArrayList<>();
	private Predicate<String> linkHandler = link -> false;
	private Consumer<String> pageListener = page -> {
	};
	private URL browserBase;
	private String href;
	private String title = ""; //$NON-NLS-1$

	private static final int MARGIN = 16;
	private static final int READABLE_CHARACTERS = 100;

	PageViewer(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		resources = new LocalResourceManager(JFaceResources.getResources(), stack);
		browser = createBrowser(stack);
		if (browser != null) {
			styled = null;
			layout.topControl = browser;
			browser.addLocationListener(new LocationAdapter() {
				@Override
				public void changing(LocationEvent event) {
					browserNavigates(event);
				}
			});
		} else {
			styled = new StyledText(stack, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			styled.setData(HelpIds.KEY, HelpIds.PAGE);
			styled.setMargins(MARGIN, 12, MARGIN, 12);
			styled.setCaret(null);
			styled.addListener(SWT.Resize, e -> keepReadableWidth());
			styled.addListener(SWT.MouseUp, this::clicked);
			styled.addListener(SWT.MouseMove, this::hover);
			layout.topControl = styled;
		}
	}

	/**
	 * Lines no longer than the pages' style sheet lets a browser make them ({@code max-width: 46em}, about a hundred
	 * characters): on a wide screen the text keeps to the left instead of running across it.
	 */
	private void keepReadableWidth() {
		GC gc = new GC(styled);
		int readable;
		try {
			readable = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * READABLE_CHARACTERS);
		} finally {
			gc.dispose();
		}
		int right = Math.max(MARGIN, styled.getClientArea().width - MARGIN - readable);
		if (right != styled.getRightMargin()) {
			styled.setRightMargin(right);
		}
	}

	private static Browser createBrowser(Composite parent) {
		if ("none".equals(System.getProperty(BROWSER_PROPERTY))) { //$NON-NLS-1$
			return null;
		}
		try {
			return new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			// no browser engine (on Linux: no WebKitGTK); the text rendering stands in
			ILog.of(PageViewer.class).info(NLS.bind(Messages.Help_noBrowser, e.getMessage()));
			return null;
		}
	}

	public Control getControl() {
		return stack;
	}

	/** Whether pages are shown as HTML in a browser engine rather than as text. */
	public boolean usesBrowser() {
		return browser != null;
	}

	/** Asks the handler first about every link clicked; it returns {@code true} when it took care of it. */
	void setLinkHandler(Predicate<String> handler) {
		this.linkHandler = handler;
	}

	/** Told the page shown after each change of page. */
	void setPageListener(Consumer<String> listener) {
		this.pageListener = listener;
	}

	/** The page shown ({@code /bundle/path}), or {@code null}. */
	public String getHref() {
		return href;
	}

	/** The title of the page shown. */
	public String getTitle() {
		return title;
	}

	/** The text shown (the rendered text; the page's HTML in a browser). */
	public String getText() {
		return styled != null ? styled.getText() : browser.getText();
	}

	/**
	 * Scrolls the link with that text into view and returns where its first word is, in display coordinates; {@code
	 * null} when there is no such link or the page is shown in a browser (for tests, which click it).
	 */
	public Rectangle showLink(String label) {
		if (styled == null) {
			return null;
		}
		for (HtmlText.Link link : links) {
			String text = styled.getText().substring(link.start(), link.start() + link.length());
			if (text.equals(label)) {
				int word = text.indexOf(' ');
				int end = link.start() + (word > 0 ? word : text.length()) - 1;
				styled.setTopIndex(Math.max(0, styled.getLineAtOffset(link.start()) - 2));
				Rectangle bounds = styled.getTextBounds(link.start(), end);
				Point origin = styled.toDisplay(bounds.x, bounds.y);
				return new Rectangle(origin.x, origin.y, bounds.width, bounds.height);
			}
		}
		return null;
	}

	/** Shows a page; a page that cannot be read is said so in its place. */
	void show(String page) {
		href = page;
		if (browser != null) {
			try {
				URL url = HelpPages.fileUrl(page);
				browserBase = new URL(url, "."); //$NON-NLS-1$
				title = titleOf(page);
				browser.setUrl(url.toExternalForm());
			} catch (IOException e) {
				browser.setText(NLS.bind(Messages.Help_missing, page));
			}
		} else {
			render(page);
		}
		pageListener.accept(page);
	}

	private static String titleOf(String page) {
		try {
			Document document = HelpPages.read(page);
			return document == null ? page : HtmlText.of(document).title();
		} catch (IOException e) {
			return page;
		}
	}

	private void render(String page) {
		links.clear();
		Document document;
		try {
			document = HelpPages.read(page);
		} catch (IOException e) {
			ILog.of(PageViewer.class).error(e.getMessage(), e);
			title = page;
			styled.setText(NLS.bind(Messages.Help_unreadable, page, e.getMessage()));
			return;
		}
		if (document == null) {
			title = page;
			styled.setText(NLS.bind(Messages.Help_missing, page));
			return;
		}
		HtmlText text = HtmlText.of(document);
		title = text.title();
		links.addAll(text.links());
		styled.setText(text.text());
		Font base = styled.getFont();
		Font h1 = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD).increaseHeight(6));
		Font h2 = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD).increaseHeight(3));
		Font h3 = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD).increaseHeight(1));
		Font code = JFaceResources.getTextFont();
		List<StyleRange> ranges = new ArrayList<>();
		for (HtmlText.Run run : text.runs()) {
			StyleRange range = new StyleRange();
			range.start = run.start();
			range.length = run.length();
			range.fontStyle = run.fontStyle();
			if (run.heading() > 0) {
				range.font = run.heading() == 1 ? h1 : run.heading() == 2 ? h2 : h3;
			} else if (run.code()) {
				range.font = code;
			}
			if (run.link()) {
				range.underline = true;
				range.underlineStyle = SWT.UNDERLINE_LINK;
				range.foreground = styled.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
			}
			ranges.add(range);
		}
		styled.setStyleRanges(ranges.toArray(StyleRange[]::new));
		int em = Math.max(12, base.getFontData()[0].getHeight() * 2);
		for (HtmlText.Indent indent : text.indents()) {
			int line = styled.getLineAtOffset(indent.offset());
			int width = indent.level() * em;
			styled.setLineIndent(line, 1, width);
			styled.setLineWrapIndent(line, 1, indent.bullet() ? width + em / 2 + 2 : width);
		}
		styled.setTopIndex(0);
	}

	private HtmlText.Link linkAt(int x, int y) {
		int offset = styled.getOffsetAtPoint(new Point(x, y));
		if (offset < 0) {
			return null;
		}
		for (HtmlText.Link link : links) {
			if (offset >= link.start() && offset < link.start() + link.length()) {
				return link;
			}
		}
		return null;
	}

	private void clicked(Event event) {
		if (event.button != 1) {
			return;
		}
		HtmlText.Link link = linkAt(event.x, event.y);
		if (link != null) {
			follow(link.href());
		}
	}

	private void hover(Event event) {
		boolean onLink = linkAt(event.x, event.y) != null;
		styled.setCursor(onLink ? styled.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
	}

	/** Follows a link of the page shown: the handler's if it wants it, else the page it names. */
	void follow(String link) {
		if (linkHandler.test(link)) {
			return;
		}
		if (link.contains(":")) { //$NON-NLS-1$
			return; // no other scheme: the help is offline and never opens the network
		}
		show(HelpPages.resolve(href, link));
	}

	private void browserNavigates(LocationEvent event) {
		String location = event.location;
		if (location == null || location.startsWith("about:")) { //$NON-NLS-1$
			return;
		}
		if (browserBase != null && location.startsWith(browserBase.toExternalForm())) {
			String relative = location.substring(browserBase.toExternalForm().length());
			String page = HelpPages.resolve(href, relative);
			if (linkHandler.test(relative)) {
				event.doit = false;
			} else if (!page.equals(href)) {
				event.doit = false;
				show(page);
			}
			return;
		}
		event.doit = false;
		linkHandler.test(location);
	}
}
