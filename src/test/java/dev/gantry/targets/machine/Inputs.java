package dev.gantry.targets.machine;

/** environment.yaml files for the docker-machine tests. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The first lines of a file whose project is {@code project}, up to {@code environments:}: one
     * service, so that each environment has something to deploy.
     */
    static String head(String project) {
        return "gantry: 1\nproject:\n  name: " + project + "\nservices:\n  web: {image: \"nginx:1.27.3\"}\n"
                + "environments:\n";
    }

    /** Just the docker-machine target, without the compose file it deploys. */
    static String withoutCompose(String yaml) {
        return yaml.replace("targets: [compose, docker-machine]", "targets: [docker-machine]");
    }

    /** One environment per driver, each giving every option of its driver. */
    static final String EVERY_DRIVER = head("shop") + """
              prod:
                targets: [compose, docker-machine]
                compose: {project_name: shop-live}
                machine:
                  driver: amazonec2
                  count: 2
                  amazonec2:
                    region: eu-central-1
                    zone: b
                    instance_type: t3.small
                    ami: ami-0123456789abcdef0
                    vpc: vpc-0a1b2c3d
                    subnet: subnet-0a1b2c3d
                    security_groups: [shop-web, "ops (ssh)"]
                    security_group_readonly: false
                    open_ports: [80, 443, "8125/udp"]
                    root_size: 32
                    volume_type: gp3
                    iam_instance_profile: shop-prod
                    ssh_user: ubuntu
                    tags: {Team: web ops, CostCenter: 1234}
                    spot: {max_price: "0.05"}
                  engine:
                    registry_mirror: https://mirror.example.org
                    insecure_registries: [registry.internal:5000, 10.0.0.0/8]
                    labels: {env: prod, tier: web}
                    storage_driver: overlay2
                    install_url: https://get.example.org
              staging:
                targets: [compose, docker-machine]
                machine:
                  driver: google
                  google:
                    project: shop-staging-123
                    zone: europe-west1-b
                    machine_type: e2-small
                    image: ubuntu-os-cloud/global/images/family/ubuntu-2204-lts
                    disk_size: 20
                    disk_type: pd-balanced
                    network: default
                    tags: [http-server, https-server]
                    preemptible: true
              demo:
                targets: [compose, docker-machine]
                machine:
                  driver: digitalocean
                  count: 3
                  digitalocean:
                    region: fra1
                    size: s-1vcpu-2gb
                    image: ubuntu-22-04-x64
                    tags: [shop, demo]
                    ipv6: true
                    private_networking: true
                    backups: false
              qa:
                targets: [compose, docker-machine]
                machine:
                  driver: generic
                  generic:
                    ip_address: 203.0.113.7
                    ssh_user: deploy
                    ssh_key: ~/.ssh/id_ed25519
                    ssh_port: 2222
                  engine: {storage_driver: overlay2}
            """;

    /** The smallest useful amazonec2 environment: two machines. */
    static final String TWO_MACHINES = head("shop") + """
              prod:
                targets: [compose, docker-machine]
                machine:
                  driver: amazonec2
                  count: 2
                  amazonec2:
                    region: eu-central-1
                    instance_type: t3.small
                    ami: ami-0123456789abcdef0
              qa:
                targets: [compose, docker-machine]
                machine:
                  driver: generic
                  generic:
                    ip_address: 203.0.113.7
            """;
}
