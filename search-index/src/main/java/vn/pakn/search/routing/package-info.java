/** Routing suggestions: the nearest routed reports and the per-case weighted vote for the lead unit. */
package vn.pakn.search.routing;
