/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.help.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide inside the workbench: its table of contents (the {@code org.eclipse.help.toc} contributions, read
 * by the platform's help core) on the left, the page chosen on the right. Help > Help Contents and F1 open it.
 */
public final class HelpView extends ViewPart {

	/** Below this width (in pixels) the contents are shown above the page. */
	private static final int NARROW = 640;

	private TreeViewer toc;
	private PageViewer page;
	private final Deque<String> history = new ArrayDeque<>();
	private Action back;
	private boolean syncing;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		toc = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		toc.getTree().setData(HelpIds.KEY, HelpIds.TOC);
		toc.setContentProvider(new TocContent());
		toc.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof IToc book) {
					return book.getLabel();
				}
				return element instanceof ITopic topic ? topic.getLabel() : super.getText(element);
			}
		});
		toc.setInput(HelpSystem.getTocs());
		toc.expandAll();
		toc.addSelectionChangedListener(event -> {
			if (!syncing && event.getStructuredSelection().getFirstElement() instanceof ITopic topic
					&& topic.getHref() != null && !topic.getHref().equals(page.getHref())) {
				showPage(topic.getHref());
			}
		});
		page = new PageViewer(sash);
		page.setPageListener(this::pageShown);
		sash.setWeights(28, 72);
		// beside the editor the view is often narrow: the contents go above the page rather than squeeze it
		sash.addListener(SWT.Resize, e -> {
			int orientation = sash.getSize().x < NARROW ? SWT.VERTICAL : SWT.HORIZONTAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
				sash.setWeights(orientation == SWT.VERTICAL ? new int[] { 35, 65 } : new int[] { 28, 72 });
			}
		});

		back = new Action(Messages.Help_back) {
			@Override
			public void run() {
				if (history.size() > 1) {
					history.pop();
					String previous = history.pop();
					page.show(previous);
				}
			}
		};
		back.setToolTipText(Messages.Help_backTip);
		back.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
		back.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(back);
		showPage(firstPage());
	}

	/** The guide's first page. */
	static String firstPage() {
		for (IToc book : HelpSystem.getTocs()) {
			if (book.getTopics().length > 0) {
				return book.getTopics()[0].getHref();
			}
		}
		return HelpIds.WELCOME;
	}

	/** Shows a page of the guide ({@code /bundle/path}). */
	public void showPage(String href) {
		page.show(href);
	}

	/** The page shown. */
	public String getPage() {
		return page.getHref();
	}

	/** The title of the page shown. */
	public String getPageTitle() {
		return page.getTitle();
	}

	/** The text shown. */
	public String getPageText() {
		return page.getText();
	}

	/** The table of contents. */
	public TreeViewer getToc() {
		return toc;
	}

	public PageViewer viewer() {
		return page;
	}

	private void pageShown(String href) {
		if (history.isEmpty() || !history.peek().equals(href)) {
			history.push(href);
		}
		back.setEnabled(history.size() > 1);
		ITopic topic = find(href);
		syncing = true;
		try {
			toc.setSelection(topic == null ? StructuredSelection.EMPTY : new StructuredSelection(topic), true);
		} finally {
			syncing = false;
		}
		setContentDescription(page.getTitle());
	}

	private static ITopic find(String href) {
		for (IToc book : HelpSystem.getTocs()) {
			ITopic found = find(book.getTopics(), href);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static ITopic find(ITopic[] topics, String href) {
		for (ITopic topic : topics) {
			// a topic that has subtopics and shares its page with the first of them gives way to it
			ITopic deeper = find(topic.getSubtopics(), href);
			if (deeper != null) {
				return deeper;
			}
			if (href.equals(topic.getHref())) {
				return topic;
			}
		}
		return null;
	}

	@Override
	public void setFocus() {
		page.getControl().setFocus();
	}

	/** Opens the view (activating it) on a page. */
	static HelpView open(IWorkbenchPage workbenchPage, String href) throws PartInitException {
		HelpView view = (HelpView) workbenchPage.showView(HelpIds.VIEW);
		view.showPage(href);
		return view;
	}

	private static final class TocContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			IToc[] books = (IToc[]) input;
			// one book (Rapport's guide): its chapters are the top level
			return books.length == 1 ? books[0].getTopics() : books;
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IToc book) {
				return book.getTopics();
			}
			return parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
