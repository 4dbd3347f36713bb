package relay

import (
	"errors"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the engine's Prometheus series, on its own registry (no
// global state): Engine.Registry serves them.
type metrics struct {
	reg       *prometheus.Registry
	tasks     *prometheus.GaugeVec
	lag       *prometheus.GaugeVec
	head      *prometheus.GaugeVec
	stalled   *prometheus.GaugeVec
	rpcErrors *prometheus.CounterVec
	submit    *prometheus.HistogramVec
	gas       *prometheus.CounterVec
	reverted  *prometheus.CounterVec
	reorgs    *prometheus.CounterVec
	dropped   *prometheus.CounterVec
	observed  *prometheus.CounterVec
	confirmed *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		tasks: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "relay_tasks",
			Help: "Tasks by route and state."}, []string{"route", "state"}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "relay_lag_blocks",
			Help: "Blocks between the source's latest head and the route's cursor."}, []string{"route"}),
		head: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "relay_source_head",
			Help: "The latest head of the route's source, as last read."}, []string{"route"}),
		stalled: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "relay_route_stalled",
			Help: "1 while the route is stalled (the health check and the operator page say why), else 0."}, []string{"route"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_rpc_errors_total",
			Help: "Failed chain calls by route and kind."}, []string{"route", "kind"}),
		submit: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "relay_submit_seconds",
			Help:    "From a transaction's broadcast to its confirmation.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}, []string{"route"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_gas_used_total",
			Help: "Gas used by the route's delivering transactions."}, []string{"route"}),
		reverted: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_reverted_sends_total",
			Help: "Sent transactions that reverted (a duplicate send reverts at the destination)."}, []string{"route"}),
		reorgs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_reorgs_total",
			Help: "Source reorgs the route rewound over."}, []string{"route"}),
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_dropped_tasks_total",
			Help: "Observed tasks dropped because their block left the chain."}, []string{"route"}),
		observed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_observed_tasks_total",
			Help: "New tasks observed."}, []string{"route"}),
		confirmed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relay_confirmed_tasks_total",
			Help: "Tasks confirmed delivered."}, []string{"route"}),
	}
	m.reg.MustRegister(m.tasks, m.lag, m.head, m.stalled, m.rpcErrors, m.submit, m.gas, m.reverted, m.reorgs, m.dropped, m.observed, m.confirmed)
	return m
}

// errKind names an error's kind for the rpc_errors metric.
func errKind(err error) string {
	var ee *evm.Error
	if errors.As(err, &ee) {
		return string(ee.Kind)
	}
	var re *Error
	if errors.As(err, &re) {
		return string(re.Kind)
	}
	return "other"
}
