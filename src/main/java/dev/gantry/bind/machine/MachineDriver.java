package dev.gantry.bind.machine;

import static dev.gantry.bind.machine.Encoding.EACH;
import static dev.gantry.bind.machine.Encoding.JOINED;
import static dev.gantry.bind.machine.Encoding.PAIRS;
import static dev.gantry.bind.machine.Encoding.PATH;
import static dev.gantry.bind.machine.Encoding.SPOT;
import static dev.gantry.bind.machine.Encoding.SWITCH;
import static dev.gantry.bind.machine.Encoding.SWITCH_UNLESS_FALSE;
import static dev.gantry.bind.machine.Encoding.VALUE;
import static dev.gantry.bind.machine.MachineOption.compared;
import static dev.gantry.bind.machine.MachineOption.plain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The docker-machine drivers Gantry supports, each with its options (the keys of its block in
 * environment.yaml, which the schema defines too), the options it cannot do without, the machine
 * names its cloud accepts, and where it takes credentials from.
 */
public enum MachineDriver {

    AMAZONEC2("amazonec2", List.of(
            compared("region", "--amazonec2-region", VALUE, "Region"),
            compared("zone", "--amazonec2-zone", VALUE, "Zone"),
            compared("instance_type", "--amazonec2-instance-type", VALUE, "InstanceType"),
            compared("ami", "--amazonec2-ami", VALUE, "AMI"),
            compared("vpc", "--amazonec2-vpc-id", VALUE, "VpcId"),
            compared("subnet", "--amazonec2-subnet-id", VALUE, "SubnetId"),
            plain("security_groups", "--amazonec2-security-group", EACH),
            plain("security_group_readonly", "--amazonec2-security-group-readonly", SWITCH_UNLESS_FALSE),
            plain("open_ports", "--amazonec2-open-port", EACH),
            compared("root_size", "--amazonec2-root-size", VALUE, "RootSize"),
            compared("volume_type", "--amazonec2-volume-type", VALUE, "VolumeType"),
            compared("iam_instance_profile", "--amazonec2-iam-instance-profile", VALUE, "IamInstanceProfile"),
            compared("ssh_user", "--amazonec2-ssh-user", VALUE, "SSHUser"),
            compared("tags", "--amazonec2-tags", PAIRS, "Tags"),
            plain("spot", "--amazonec2-request-spot-instance", SPOT)),
            List.of(Map.entry("ami", "the driver's built-in default AMI is an Ubuntu image many years old: pin a"
                    + " current Ubuntu LTS AMI of the region, e.g. `ami: ami-0123456789abcdef0`")),
            false, Rule.HOST_NAME,
            List.of("AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN),",
                    "or AWS_PROFILE with ~/.aws/credentials, or the instance role of the machine running this.")),

    GOOGLE("google", List.of(
            compared("project", "--google-project", VALUE, "Project"),
            compared("zone", "--google-zone", VALUE, "Zone"),
            compared("machine_type", "--google-machine-type", VALUE, "MachineType"),
            compared("image", "--google-machine-image", VALUE, "MachineImage"),
            compared("disk_size", "--google-disk-size", VALUE, "DiskSize"),
            compared("disk_type", "--google-disk-type", VALUE, "DiskType"),
            compared("network", "--google-network", VALUE, "Network"),
            compared("tags", "--google-tags", JOINED, "Tags"),
            compared("preemptible", "--google-preemptible", SWITCH, "Preemptible")),
            List.of(Map.entry("project", "docker-machine creates the instances in this Google Cloud project")),
            false, Rule.GOOGLE_INSTANCE,
            List.of("Google credentials: GOOGLE_APPLICATION_CREDENTIALS naming a service account key file,",
                    "or `gcloud auth application-default login`.")),

    DIGITALOCEAN("digitalocean", List.of(
            compared("region", "--digitalocean-region", VALUE, "Region"),
            compared("size", "--digitalocean-size", VALUE, "Size"),
            compared("image", "--digitalocean-image", VALUE, "Image"),
            compared("tags", "--digitalocean-tags", JOINED, "Tags"),
            compared("ipv6", "--digitalocean-ipv6", SWITCH, "IPv6"),
            compared("private_networking", "--digitalocean-private-networking", SWITCH, "PrivateNetworking"),
            compared("backups", "--digitalocean-backups", SWITCH, "Backups")),
            List.of(), false, Rule.HOST_NAME,
            List.of("DigitalOcean credentials: DIGITALOCEAN_ACCESS_TOKEN holding an API token.")),

    GENERIC("generic", List.of(
            compared("ip_address", "--generic-ip-address", VALUE, "IPAddress"),
            compared("ssh_user", "--generic-ssh-user", VALUE, "SSHUser"),
            plain("ssh_key", "--generic-ssh-key", PATH),
            compared("ssh_port", "--generic-ssh-port", VALUE, "SSHPort")),
            List.of(Map.entry("ip_address",
                    "the generic driver sets up an existing host: give its address or DNS name")),
            true, Rule.HOST_NAME,
            List.of("SSH access: the private key named by ssh_key in environment.yaml, or your SSH agent's",
                    "keys; the SSH user must be able to run sudo without a password."));

    /** Options of the Docker engine, shared by every driver. */
    public static final List<MachineOption> ENGINE_OPTIONS = List.of(
            plain("registry_mirror", "--engine-registry-mirror", VALUE),
            plain("insecure_registries", "--engine-insecure-registry", EACH),
            plain("labels", "--engine-label", Encoding.EACH_ASSIGNMENT),
            MachineOption.comparedEngine("storage_driver", "--engine-storage-driver", "StorageDriver"),
            MachineOption.comparedEngine("install_url", "--engine-install-url", "InstallURL"));

    /** The machine names a driver's cloud accepts. */
    enum Rule {
        /** Every driver makes the machine name the host name: one DNS label. */
        HOST_NAME(Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?"), "letters, digits and inner hyphens", 63,
                "docker-machine makes it the host name, and a host name label has at most 63 characters"),
        /** Compute Engine names the boot disk {@code <machine>-disk}, and names have at most 63 characters. */
        GOOGLE_INSTANCE(Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?"),
                "lower-case letters, digits and inner hyphens, starting with a letter", 58,
                "Compute Engine names have at most 63 characters, and the boot disk is named `<machine>-disk`");

        final Pattern grammar;
        final String grammarWords;
        final int maxLength;
        final String why;

        Rule(Pattern grammar, String grammarWords, int maxLength, String why) {
            this.grammar = grammar;
            this.grammarWords = grammarWords;
            this.maxLength = maxLength;
            this.why = why;
        }
    }

    private final String id;
    private final List<MachineOption> options;
    private final List<Map.Entry<String, String>> required;
    private final boolean existingHost;
    private final Rule names;
    private final List<String> credentials;

    MachineDriver(String id, List<MachineOption> options, List<Map.Entry<String, String>> required,
            boolean existingHost, Rule names, List<String> credentials) {
        this.id = id;
        this.options = options;
        this.required = required;
        this.existingHost = existingHost;
        this.names = names;
        this.credentials = credentials;
    }

    public static Optional<MachineDriver> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** The driver's name in docker-machine and in environment.yaml. */
    public String id() {
        return id;
    }

    public List<MachineOption> options() {
        return options;
    }

    /** Options the driver cannot do without, each with why. */
    List<Map.Entry<String, String>> required() {
        return required;
    }

    /**
     * Whether the driver sets up one host that exists already (generic) rather than creating hosts: it
     * cannot start one it calls stopped (that is one it cannot reach), and it cannot make several.
     */
    boolean existingHost() {
        return existingHost;
    }

    Rule names() {
        return names;
    }

    /** Comment lines saying where the script's docker-machine finds credentials. */
    List<String> credentials() {
        return credentials;
    }
}
