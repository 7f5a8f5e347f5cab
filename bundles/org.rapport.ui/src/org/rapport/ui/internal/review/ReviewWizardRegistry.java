/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.registry.ExtensionPointTracker;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.review.IReviewWizard;
import org.rapport.ui.review.IReviewWizardRegistry;
import org.rapport.ui.review.ReviewContext;
import org.rapport.ui.review.ReviewPages;
import org.rapport.ui.review.ReviewWizardDescriptor;
import org.rapport.ui.review.ReviewWizards;

/**
 * The registry behind {@link ReviewWizards#getRegistry()}. Public only so that tests can run one of their own
 * against a registry of their making; everyone else uses the shared one.
 * <p>
 * Descriptors are read from the extension point when the registry starts and again whenever plugins come or
 * go; the contributed class is loaded only in {@link #createPages}, a new instance per review (the API
 * promises one instance per review, so wizards may keep the review's state in fields).
 * </p>
 */
public final class ReviewWizardRegistry implements IReviewWizardRegistry {

	static final String PLUGIN_ID = "org.rapport.ui"; //$NON-NLS-1$

	static final String ELEMENT_REVIEW_WIZARD = "reviewWizard"; //$NON-NLS-1$
	static final String ATT_ID = "id"; //$NON-NLS-1$
	static final String ATT_STRATEGY_ID = "strategyId"; //$NON-NLS-1$
	static final String ATT_NAME = "name"; //$NON-NLS-1$
	static final String ATT_CLASS = "class"; //$NON-NLS-1$
	static final String ATT_DESCRIPTION = "description"; //$NON-NLS-1$
	static final String ATT_ICON = "icon"; //$NON-NLS-1$

	private static final Comparator<ReviewWizardDescriptor> ORDER = Comparator
			.comparing(ReviewWizardDescriptor::getStrategyId)
			.thenComparing(ReviewWizardDescriptor::getName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(ReviewWizardDescriptor::getId);

	/** What the registry knows at one moment; replaced whole when plugins come or go. */
	private record State(List<ReviewWizardDescriptor> descriptors, Map<ReviewWizardDescriptor, IConfigurationElement> elements,
			Set<IConfigurationElement> rejected) {
		static final State EMPTY = new State(List.of(), Map.of(), Set.of());
	}

	/** Failures already logged (plugin, wizard and reason), shared by every registry: the log gets each once. */
	private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

	private final IExtensionRegistry extensionRegistry;
	private final ILog log = ILog.of(ReviewWizardRegistry.class);
	private final ExtensionPointTracker<State> tracker;

	public ReviewWizardRegistry(IExtensionRegistry extensionRegistry) {
		this.extensionRegistry = Objects.requireNonNull(extensionRegistry, "extensionRegistry"); //$NON-NLS-1$
		this.tracker = new ExtensionPointTracker<>(extensionRegistry, ReviewWizards.EXTENSION_POINT_ID, State.EMPTY,
				this::read, State::descriptors);
	}

	/** Stops following the extension registry. */
	public void dispose() {
		tracker.dispose();
	}

	@Override
	public List<ReviewWizardDescriptor> getReviewWizards() {
		return tracker.state().descriptors();
	}

	@Override
	public List<ReviewWizardDescriptor> getReviewWizards(String strategyId) {
		List<ReviewWizardDescriptor> found = new ArrayList<>();
		for (ReviewWizardDescriptor descriptor : tracker.state().descriptors()) {
			if (descriptor.getStrategyId().equals(strategyId)) {
				found.add(descriptor);
			}
		}
		return found;
	}

	@Override
	public ReviewPages createPages(ReviewWizardDescriptor wizard, ReviewContext context) {
		Objects.requireNonNull(wizard, "wizard"); //$NON-NLS-1$
		Objects.requireNonNull(context, "context"); //$NON-NLS-1$
		IConfigurationElement element = tracker.state().elements().get(wizard);
		if (element == null || !element.isValid()) {
			return failed(wizard, Messages.ReviewWizards_notInstalled, null);
		}
		ReviewPages[] result = new ReviewPages[1];
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() {
				// Caught here rather than left to SafeRunner, which would log it as a problem of org.rapport.ui;
				// the message the user and the log get names the contributing plugin instead.
				Object created;
				try {
					created = element.createExecutableExtension(ATT_CLASS);
				} catch (CoreException e) {
					result[0] = failed(wizard, NLS.bind(Messages.ReviewWizards_notCreated, e.getMessage()), e);
					return;
				}
				if (!(created instanceof IReviewWizard reviewWizard)) {
					result[0] = failed(wizard, NLS.bind(Messages.ReviewWizards_notAReviewWizard,
							created.getClass().getName()), null);
					return;
				}
				List<IWizardPage> pages;
				try {
					pages = reviewWizard.createPages(context);
				} catch (Exception | LinkageError | AssertionError e) {
					result[0] = failed(wizard, NLS.bind(Messages.ReviewWizards_threw, describe(e)), e);
					return;
				}
				if (pages == null) {
					result[0] = failed(wizard, Messages.ReviewWizards_noPages, null);
				} else if (pages.stream().anyMatch(page -> page == null)) {
					// (not contains(null): immutable lists such as List.of throw for that)
					result[0] = failed(wizard, Messages.ReviewWizards_nullPage, null);
				} else {
					result[0] = ReviewPages.of(wizard, pages);
				}
			}

			@Override
			public void handleException(Throwable e) {
				result[0] = failed(wizard, NLS.bind(Messages.ReviewWizards_threw, describe(e)), e);
			}
		});
		return result[0];
	}

	/**
	 * A failed result whose reason names the wizard and its plugin, logged once per wizard and reason: the user
	 * sees it in every review, the log need not.
	 *
	 * @param reason why, without the wizard's name: "it threw IllegalStateException: no audience"
	 */
	public static ReviewPages failed(ReviewWizardDescriptor wizard, String reason, Throwable cause) {
		String message = NLS.bind(Messages.ReviewWizards_failed,
				new Object[] { wizard.getName(), wizard.getContributor(), reason });
		if (LOGGED.add(wizard.getContributor() + '/' + wizard.getId() + '/' + reason)) {
			ILog.of(ReviewWizardRegistry.class).log(new Status(IStatus.ERROR, wizard.getContributor(), message, cause));
		}
		return ReviewPages.failed(wizard, message);
	}

	/** An exception as the user reads it: its simple class name and message. */
	public static String describe(Throwable e) {
		String message = e.getLocalizedMessage();
		return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message); //$NON-NLS-1$
	}

	@Override
	public void addChangeListener(Runnable listener) {
		tracker.addChangeListener(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		tracker.removeChangeListener(listener);
	}

	/**
	 * Reads the extension point. Contributions still installed keep their descriptor; invalid ones are logged
	 * once, naming their plugin, and not reported again on the next read.
	 */
	private State read(State old) {
		Map<IConfigurationElement, ReviewWizardDescriptor> known = new HashMap<>();
		old.elements().forEach((descriptor, element) -> known.put(element, descriptor));
		Map<String, ReviewWizardDescriptor> byId = new LinkedHashMap<>();
		Map<ReviewWizardDescriptor, IConfigurationElement> elements = new HashMap<>();
		Set<IConfigurationElement> rejected = new HashSet<>();
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(ReviewWizards.EXTENSION_POINT_ID)) {
			if (!ELEMENT_REVIEW_WIZARD.equals(element.getName())) {
				continue;
			}
			if (old.rejected().contains(element)) {
				rejected.add(element);
				continue;
			}
			ReviewWizardDescriptor descriptor = known.get(element);
			if (descriptor == null) {
				descriptor = readDescriptor(element);
			}
			if (descriptor == null) {
				rejected.add(element);
				continue;
			}
			ReviewWizardDescriptor first = byId.putIfAbsent(descriptor.getId(), descriptor);
			if (first != null) {
				log.log(new Status(IStatus.ERROR, descriptor.getContributor(), NLS.bind(Messages.ReviewWizards_duplicateId,
						new Object[] { descriptor.getName(), descriptor.getContributor(), first.getContributor(),
								descriptor.getId() })));
				rejected.add(element);
				continue;
			}
			elements.put(descriptor, element);
		}
		List<ReviewWizardDescriptor> descriptors = new ArrayList<>(byId.values());
		descriptors.sort(ORDER);
		return new State(List.copyOf(descriptors), Map.copyOf(elements), Set.copyOf(rejected));
	}

	/** The descriptor, or {@code null} (logged, naming the plugin) when a required attribute is missing. */
	private ReviewWizardDescriptor readDescriptor(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = attribute(element, ATT_ID);
		String strategyId = attribute(element, ATT_STRATEGY_ID);
		String name = attribute(element, ATT_NAME);
		String className = attribute(element, ATT_CLASS);
		String missing = id == null ? ATT_ID
				: strategyId == null ? ATT_STRATEGY_ID : name == null ? ATT_NAME : className == null ? ATT_CLASS : null;
		if (missing != null) {
			String label = name != null ? name : id != null ? id : className;
			label = label != null ? '"' + label + '"' : Messages.ReviewWizards_unnamed;
			log.log(new Status(IStatus.ERROR, contributor,
					NLS.bind(Messages.ReviewWizards_missingAttribute, new Object[] { label, contributor, missing })));
			return null;
		}
		return new ReviewWizardDescriptor(id, strategyId, name, attribute(element, ATT_DESCRIPTION),
				attribute(element, ATT_ICON), contributor);
	}

	/** The attribute, or {@code null} when it is absent or blank. */
	private static String attribute(IConfigurationElement element, String name) {
		String value = element.getAttribute(name);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
