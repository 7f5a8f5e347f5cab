/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.edit.provider;

import org.eclipse.emf.common.notify.Adapter;
import org.rapport.model.provider.NetworkingPlanItemProvider;
import org.rapport.model.provider.ProfileItemProvider;
import org.rapport.model.provider.CareerAspirationItemProvider;
import org.rapport.model.provider.NetworkingGoalItemProvider;
import org.rapport.model.provider.AudienceItemProvider;
import org.rapport.model.provider.CommunicationStrategyItemProvider;
import org.rapport.model.provider.ContactItemProvider;
import org.rapport.model.provider.OpportunityItemProvider;
import org.rapport.model.provider.InteractionItemProvider;
import org.rapport.model.provider.FollowUpItemProvider;
import org.rapport.model.provider.ExchangeItemProvider;
import org.rapport.model.provider.GratitudeItemProvider;
import org.rapport.model.provider.SkillItemProvider;
import org.rapport.model.provider.LearningActivityItemProvider;
import org.rapport.model.provider.FeedbackItemProvider;
import org.rapport.model.provider.PlanReviewItemProvider;
import org.rapport.model.provider.StrategyScoreItemProvider;
import org.rapport.model.provider.ReviewFindingItemProvider;
import org.rapport.model.provider.RapportItemProviderAdapterFactory;

/**
 * The generated item providers, with the labels of {@link RapportLabels} and the icons of {@link RapportIcons}
 * instead of the generator's "Contact Maria" and placeholder gifs. Generated code stays untouched: each factory
 * method creates an anonymous subclass of the generated provider.
 */
public class RapportPresentationAdapterFactory extends RapportItemProviderAdapterFactory {

	@Override
	public Adapter createNetworkingPlanAdapter() {
		if (networkingPlanItemProvider == null) {
			networkingPlanItemProvider = new NetworkingPlanItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return networkingPlanItemProvider;
	}

	@Override
	public Adapter createProfileAdapter() {
		if (profileItemProvider == null) {
			profileItemProvider = new ProfileItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return profileItemProvider;
	}

	@Override
	public Adapter createCareerAspirationAdapter() {
		if (careerAspirationItemProvider == null) {
			careerAspirationItemProvider = new CareerAspirationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return careerAspirationItemProvider;
	}

	@Override
	public Adapter createNetworkingGoalAdapter() {
		if (networkingGoalItemProvider == null) {
			networkingGoalItemProvider = new NetworkingGoalItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return networkingGoalItemProvider;
	}

	@Override
	public Adapter createAudienceAdapter() {
		if (audienceItemProvider == null) {
			audienceItemProvider = new AudienceItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return audienceItemProvider;
	}

	@Override
	public Adapter createCommunicationStrategyAdapter() {
		if (communicationStrategyItemProvider == null) {
			communicationStrategyItemProvider = new CommunicationStrategyItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return communicationStrategyItemProvider;
	}

	@Override
	public Adapter createContactAdapter() {
		if (contactItemProvider == null) {
			contactItemProvider = new ContactItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return contactItemProvider;
	}

	@Override
	public Adapter createOpportunityAdapter() {
		if (opportunityItemProvider == null) {
			opportunityItemProvider = new OpportunityItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return opportunityItemProvider;
	}

	@Override
	public Adapter createInteractionAdapter() {
		if (interactionItemProvider == null) {
			interactionItemProvider = new InteractionItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return interactionItemProvider;
	}

	@Override
	public Adapter createFollowUpAdapter() {
		if (followUpItemProvider == null) {
			followUpItemProvider = new FollowUpItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return followUpItemProvider;
	}

	@Override
	public Adapter createExchangeAdapter() {
		if (exchangeItemProvider == null) {
			exchangeItemProvider = new ExchangeItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return exchangeItemProvider;
	}

	@Override
	public Adapter createGratitudeAdapter() {
		if (gratitudeItemProvider == null) {
			gratitudeItemProvider = new GratitudeItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return gratitudeItemProvider;
	}

	@Override
	public Adapter createSkillAdapter() {
		if (skillItemProvider == null) {
			skillItemProvider = new SkillItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return skillItemProvider;
	}

	@Override
	public Adapter createLearningActivityAdapter() {
		if (learningActivityItemProvider == null) {
			learningActivityItemProvider = new LearningActivityItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return learningActivityItemProvider;
	}

	@Override
	public Adapter createFeedbackAdapter() {
		if (feedbackItemProvider == null) {
			feedbackItemProvider = new FeedbackItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return feedbackItemProvider;
	}

	@Override
	public Adapter createPlanReviewAdapter() {
		if (planReviewItemProvider == null) {
			planReviewItemProvider = new PlanReviewItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return planReviewItemProvider;
	}

	@Override
	public Adapter createStrategyScoreAdapter() {
		if (strategyScoreItemProvider == null) {
			strategyScoreItemProvider = new StrategyScoreItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return strategyScoreItemProvider;
	}

	@Override
	public Adapter createReviewFindingAdapter() {
		if (reviewFindingItemProvider == null) {
			reviewFindingItemProvider = new ReviewFindingItemProvider(this) {
				@Override
				public String getText(Object object) {
					return RapportLabels.text(object);
				}

				@Override
				public Object getImage(Object object) {
					return overlayImage(object, RapportIcons.image(object));
				}
			};
		}
		return reviewFindingItemProvider;
	}
}
