/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.editors;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportPresentationAdapterFactory;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.editors.goals.GoalsPage;
import org.rapport.ui.internal.editors.audiences.AudiencesPage;
import org.rapport.ui.internal.editors.learning.LearningPage;
import org.rapport.ui.internal.editors.opportunities.OpportunitiesPage;
import org.rapport.ui.internal.editors.givetake.GiveTakePage;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;
import org.rapport.ui.emf.ItemPropertySourceProvider;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.agenda.Reminders;
import org.rapport.ui.internal.editors.ContactsPage;
import org.rapport.ui.internal.editors.ErrorPage;
import org.rapport.ui.internal.editors.OverviewPage;
import org.rapport.ui.internal.editors.PageSelectionProvider;
import org.rapport.ui.internal.editors.PlanEditorContributor;

/**
 * The multi-page editor of a networking plan file, with nine pages: Overview, Contacts, Interactions, Goals,
 * Audiences, Opportunities, Give &amp; Take, Learning and Reviews (or, when the file cannot be loaded, one page that
 * says why).
 * <p>
 * Every change goes through the {@linkplain #getEditingDomain() editing domain}'s command stack: the dirty marker
 * follows the stack's save point, Undo and Redo are labelled with the command, and the standard Properties view
 * edits the selected object through the same stack. A file that cannot be loaded shows a page that names the
 * file, line and column; the file is not touched.
 * </p>
 */
public class PlanEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = UiIds.EDITOR;

	private final PlanStore store = new PlanStore();
	private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain editingDomain;
	private NetworkingPlan plan;
	private String loadProblem;
	private PlanLoadException loadException;
	private ContactsPage contactsPage;
	private final PageSelectionProvider selectionProvider = new PageSelectionProvider();
	private final Map<IFormPage, ISelectionProvider> pageSelections = new HashMap<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, input.getName()));
		}
		super.init(site, input);
		site.setSelectionProvider(selectionProvider);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		createModel(file(input), input instanceof PlanEditorInput planInput ? planInput.takePreloadedPlan() : null);
	}

	private static Path file(IEditorInput input) throws PartInitException {
		if (input instanceof PlanEditorInput planInput) {
			return planInput.getFile();
		}
		try {
			return Path.of(((IPathEditorInput) input).getPath().toOSString()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, input.getName()), e);
		}
	}

	private void createModel(Path file, NetworkingPlan given) {
		NetworkingPlan preloaded = given != null ? given : PlanPreloads.take(file);
		adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new ResourceItemProviderAdapterFactory(),
				new RapportPresentationAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		BasicCommandStack commandStack = new BasicCommandStack();
		commandStack.addCommandStackListener(event -> {
			Display display = getSite().getShell().getDisplay();
			display.asyncExec(this::commandStackChanged);
		});

		ResourceSet resourceSet;
		if (preloaded != null && preloaded.eResource() != null && preloaded.eResource().getResourceSet() != null) {
			plan = preloaded;
			resourceSet = preloaded.eResource().getResourceSet();
		} else {
			resourceSet = PlanStore.createResourceSet();
			try {
				plan = store.load(file, resourceSet);
			} catch (PlanLoadException e) {
				loadException = e;
				loadProblem = e.getMessage();
			} catch (RuntimeException e) {
				loadProblem = NLS.bind(Messages.Editor_loadFailed, file, e);
				ILog.of(PlanEditor.class).error(loadProblem, e);
			}
		}
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		// Lets item property descriptors (the Properties view) find this domain and execute undoable commands.
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
	}

	@Override
	protected void addPages() {
		try {
			if (plan == null) {
				addPage(new ErrorPage(this, loadProblem, loadException));
			} else {
				addPage(new OverviewPage(this));
				contactsPage = new ContactsPage(this);
				addPage(contactsPage);
				addPage(new org.rapport.ui.internal.editors.interactions.InteractionsPage(this));
				addPage(new GoalsPage(this));
				addPage(new AudiencesPage(this));
				addPage(new OpportunitiesPage(this));
				addPage(new GiveTakePage(this));
				addPage(new LearningPage(this));
				addPage(new org.rapport.ui.internal.editors.ReviewsPage(this));
				// a plan just opened may have follow-ups due: the reminders look at it shortly
				Reminders.install(getSite().getShell().getDisplay()).checkSoon();
			}
		} catch (PartInitException e) {
			ILog.of(PlanEditor.class).error(e.getMessage(), e);
		}
		// F1 anywhere in a page opens that page's topic
		getContainer().addHelpListener(event -> {
			IFormPage active = getActivePageInstance();
			if (active != null) {
				PlatformUI.getWorkbench().getHelpSystem().displayHelp(UiIds.helpContextOfPage(active.getId()));
			}
		});
	}

	private void commandStackChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		for (PropertySheetPage page : propertySheetPages) {
			if (page.getControl() != null && !page.getControl().isDisposed()) {
				page.refresh();
			}
		}
	}

	/** The plan being edited, or {@code null} when the file could not be loaded. */
	public NetworkingPlan getPlan() {
		return plan;
	}

	/** Why the file could not be loaded (file, line, column and reason), or {@code null} when it was. */
	public String getLoadProblem() {
		return loadProblem;
	}

	/** The file being edited. */
	public Path getFile() {
		try {
			return file(getEditorInput());
		} catch (PartInitException e) {
			return null;
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** The item providers (labels, icons, properties) of the plan's objects. */
	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	/** Commits what is typed in a field but not yet applied (before Undo, Save, or when asked). */
	public void commitPendingEdits() {
		commitPages(false);
	}

	/**
	 * Registers the selection a page offers the workbench (the Properties view follows it) while the page
	 * is active.
	 */
	public void setPageSelectionProvider(IFormPage page, ISelectionProvider provider) {
		pageSelections.put(page, provider);
		if (getActivePageInstance() == page) {
			selectionProvider.setDelegate(provider);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		selectionProvider.setDelegate(pageSelections.get(getActivePageInstance()));
	}

	/** Shows the Contacts page with the contact selected. */
	public void showContact(Contact contact) {
		if (contactsPage == null || contact == null) {
			return;
		}
		getSite().getPage().activate(this);
		setActivePage(ContactsPage.ID);
		contactsPage.select(contact);
	}

	/**
	 * Shows an object of the plan: selected in the page that lists it (a contact on the Contacts page, a goal on
	 * the Goals page…); an object no page lists (an interaction) in the Properties view, as if it were selected in
	 * the editor.
	 */
	public void select(EObject object) {
		if (plan == null || object == null || EcoreUtil.getRootContainer(object) != plan) {
			return;
		}
		if (object instanceof Contact contact) {
			showContact(contact);
			return;
		}
		getSite().getPage().activate(this);
		for (Object page : pages) {
			if (page instanceof MasterDetailsFormPage formPage && formPage.canShow(object)) {
				setActivePage(formPage.getId());
				if (formPage.show(object)) {
					return;
				}
			}
		}
		try {
			IViewPart view = getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			if (view instanceof PropertySheet sheet) {
				sheet.selectionChanged(this, new StructuredSelection(object));
			}
		} catch (PartInitException e) {
			ILog.of(PlanEditor.class).error(e.getMessage(), e);
		}
	}

	/**
	 * Adds a new element to one of the plan's lists as that list's Add button does (one undoable command), on the
	 * page that lists it, selected, with the cursor in its first field; {@code null} when no page lists them.
	 */
	public EObject addElement(EReference containment) {
		if (plan == null) {
			return null;
		}
		for (Object page : pages) {
			if (page instanceof MasterDetailsFormPage formPage && formPage.canShow(containment.getEReferenceType())) {
				// shown first: a page creates its lists when it is first shown
				getSite().getPage().activate(this);
				setActivePage(formPage.getId());
				for (ElementListPart<?> list : formPage.getLists()) {
					if (list.getContainment() == containment) {
						return list.addElement();
					}
				}
			}
		}
		return null;
	}

	@Override
	public boolean isDirty() {
		if (plan == null) {
			return false;
		}
		return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded() || super.isDirty();
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return plan != null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (plan == null) {
			return;
		}
		commitPages(true);
		if (!save(getFile()) && monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		if (plan == null) {
			return;
		}
		commitPages(true);
		Path current = getFile();
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE | SWT.SHEET);
		dialog.setText(Messages.Editor_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*." + PlanStore.FILE_EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Dialog_planFiles, Messages.Dialog_allFiles });
		dialog.setOverwrite(true);
		if (current != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		if (!target.getFileName().toString().contains(".")) { //$NON-NLS-1$
			target = target.resolveSibling(target.getFileName() + "." + PlanStore.FILE_EXTENSION); //$NON-NLS-1$
			if (Files.exists(target) && !MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_saveAsTitle,
					NLS.bind(Messages.Editor_overwrite, target))) {
				return;
			}
		}
		if (save(target)) {
			setInputWithNotify(new PlanEditorInput(target));
			setPartName(getEditorInput().getName());
			setTitleToolTip(getEditorInput().getToolTipText());
		}
	}

	private boolean save(Path target) {
		Resource resource = plan.eResource();
		try {
			store.save(resource, target);
		} catch (PlanSaveException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
			return false;
		}
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && plan != null) {
			return adapter.cast(createPropertySheetPage());
		}
		if (adapter == IEditingDomainProvider.class || adapter == EditingDomain.class) {
			return adapter.cast(adapter == EditingDomain.class ? editingDomain : this);
		}
		return super.getAdapter(adapter);
	}

	private IPropertySheetPage createPropertySheetPage() {
		PropertySheetPage page = new PropertySheetPage() {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				// Undo in the Properties view undoes the plan's commands, as it does in the editor.
				if (getEditorSite().getActionBarContributor() instanceof PlanEditorContributor contributor) {
					contributor.shareGlobalActions(actionBars);
				}
			}

			@Override
			public void dispose() {
				propertySheetPages.remove(this);
				super.dispose();
			}
		};
		page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
		propertySheetPages.add(page);
		return page;
	}

	@Override
	public void dispose() {
		super.dispose();
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}
}
