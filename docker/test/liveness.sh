#!/bin/bash
# ioc-template's liveness check: the IOC is alive while its UPTIME PV answers over Channel Access.
if [[ -f /epics/ioc/config/liveness.sh ]]; then
    exec bash /epics/ioc/config/liveness.sh
fi
export EPICS_CA_ADDR_LIST=${K8S_IOC_ADDRESS:-127.0.0.1}
export EPICS_CA_AUTO_ADDR_LIST=NO
export EPICS_CA_SERVER_PORT=${K8S_IOC_PORT:-${EPICS_CA_SERVER_PORT:-5064}}
pv=${K8S_IOC_PV:-${IOC_PREFIX^^}:UPTIME}
if ! caget -w 2 "$pv" >/dev/null; then
    echo "liveness: ${IOC_NAME}: $pv does not answer" | tee /proc/1/fd/1 >&2
    exit 1
fi
