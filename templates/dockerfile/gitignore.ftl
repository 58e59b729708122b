[#import "/common/header.ftl" as h]
[@h.header /]
#
# The stage files are not committed (`dockerfile: {stage_files: on_demand}`): build-stages.sh
# writes each one from the assembled Dockerfile when it builds that stage.
/*/Dockerfile.stage*
