#!/bin/bash
# The start.sh of an existing Generic IOC image, in the shape of ioc-template 4.6 (runtime-contract §1.1): it calls
# ibek for every step. In the test image `ibek` is iocrun's shim, so this script proves that such images run
# unchanged on iocrun.
function ibek_error {
    echo "Error on line $BASH_LINENO: $BASH_COMMAND (exit code: $?)"
    sleep "${IBEK_ERROR_DELAY:-10}"
    exit 1
}
trap ibek_error ERR
set -xe

cd "${IOC}"
export CONFIG_DIR=${IOC}/config
export RUNTIME_DIR=${EPICS_ROOT}/runtime
mkdir -p "${RUNTIME_DIR}"

if [[ -f ${SUPPORT}/configure/RELEASE.shell ]]; then
    source "${SUPPORT}/configure/RELEASE.shell"
fi

if [[ -f ${CONFIG_DIR}/start.sh ]]; then
    exec bash "${CONFIG_DIR}/start.sh"
fi

for f in ioc.db ioc.subst st.cmd; do
    if [[ -f ${CONFIG_DIR}/$f ]]; then
        cp "${CONFIG_DIR}/$f" "${RUNTIME_DIR}/"
    fi
done

if [[ -f ${CONFIG_DIR}/ioc.yaml ]]; then
    ibek runtime generate2 "${CONFIG_DIR}"
    ibek runtime generate-autosave
fi

if [[ -f ${RUNTIME_DIR}/ioc.subst ]]; then
    includes=$(for d in "${SUPPORT}"/*/db; do echo -n " -I $d"; done)
    bash -c "msi -o${RUNTIME_DIR}/ioc.db -I ${CONFIG_DIR} ${includes} -I${RUNTIME_DIR} -S${RUNTIME_DIR}/ioc.subst"
fi

if [[ -d ${SUPPORT}/configure/protocol ]]; then
    rm -fr "${RUNTIME_DIR}/protocol"
    cp -r "${SUPPORT}/configure/protocol" "${RUNTIME_DIR}"
fi

if [[ -f ${CONFIG_DIR}/ioc.yaml ]]; then
    ibek runtime place-files "${CONFIG_DIR}"
fi

if [[ -f ${CONFIG_DIR}/ioc.yaml && ${IBEK_DO_WAIT_DISABLE} != "true" ]]; then
    ibek ioc do-wait
fi

"${IOC}/bin/linux-x86_64/ioc" "${RUNTIME_DIR}/st.cmd"
