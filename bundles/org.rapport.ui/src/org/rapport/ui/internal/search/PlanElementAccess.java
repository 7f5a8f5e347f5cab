/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.search;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.quickaccess.QuickAccessElement;
import org.rapport.core.search.PlanSearch;
import org.rapport.model.Audience;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.Opportunity;
import org.rapport.model.Skill;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.emf.ItemImages;

/** One plan element in Quick Access: its kind and name, what it was found by, and its plan's editor to show it in. */
final class PlanElementAccess extends QuickAccessElement {

	private final PlanEditor editor;
	private final EObject element;
	private final String label;

	/** @param foundBy the keyword the query matched, shown after the name when the name does not show it already */
	PlanElementAccess(PlanEditor editor, EObject element, String foundBy) {
		this.editor = editor;
		this.element = element;
		String name = RapportLabels.text(element);
		String kindAndName = NLS.bind(Messages.QuickAccess_element, kind(element), name);
		this.label = foundBy == null || name.toLowerCase().contains(foundBy.toLowerCase()) ? kindAndName
				: NLS.bind(Messages.QuickAccess_foundBy, kindAndName, foundBy);
	}

	private static String kind(EObject element) {
		if (element instanceof Contact) {
			return Messages.QuickAccess_contact;
		}
		if (element instanceof NetworkingGoal) {
			return Messages.QuickAccess_goal;
		}
		if (element instanceof CareerAspiration) {
			return Messages.QuickAccess_aspiration;
		}
		if (element instanceof Audience) {
			return Messages.QuickAccess_audience;
		}
		if (element instanceof Opportunity) {
			return Messages.QuickAccess_opportunity;
		}
		if (element instanceof Skill) {
			return Messages.QuickAccess_skill;
		}
		return element.eClass().getName();
	}

	EObject getElement() {
		return element;
	}

	@Override
	public String getLabel() {
		return label;
	}

	/** The label and every keyword, so that the dialog's own matching finds what {@link PlanSearch} found. */
	@Override
	public String getMatchLabel() {
		return label + ' ' + PlanSearch.keywords(element);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		Object adapter = editor.getAdapterFactory().adapt(element, IItemLabelProvider.class);
		Object image = adapter instanceof IItemLabelProvider provider ? provider.getImage(element) : null;
		return image == null ? null : ItemImages.descriptor(image);
	}

	/** The plan's file and the element's place in it: the same element has the same id in every session. */
	@Override
	public String getId() {
		Resource resource = element.eResource();
		return resource == null ? Integer.toHexString(System.identityHashCode(element))
				: resource.getURI() + "#" + resource.getURIFragment(element); //$NON-NLS-1$
	}

	/** Shows the element in its plan's editor, selected on the page that lists it. */
	@Override
	public void execute() {
		if (editor.getPlan() != null && !editor.getSite().getPage().getWorkbenchWindow().getWorkbench().isClosing()) {
			editor.select(element);
		}
	}
}
