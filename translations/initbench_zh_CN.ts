<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BootSequence</name>
    <message>
        <location filename="../core/engine/bootsequence.cpp" line="+73"/>
        <source>a machine named &apos;%1&apos; is already registered with systemd-machined (its init is PID %2) and Initbench is not running it; choose another name, or stop it with `machinectl terminate %1`</source>
        <translation>名为“%1”的机器已在 systemd-machined 中注册（其 init 为 PID %2），且并非由 Initbench 运行；请换一个名称，或用 `machinectl terminate %1` 停止它</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+131"/>
        <source>port %1 on 127.0.0.1 is already in use; choose another ssh_port in the profile</source>
        <translation>127.0.0.1 上的端口 %1 已被占用；请在配置文件中另选一个 ssh_port</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>&apos;%1&apos; has a root tree from an interrupted build or from another version of the profile; `initbench rm %1` removes it, then `initbench up` builds it again</source>
        <translation>“%1”的根目录树来自一次中断的构建或另一版本的配置文件；`initbench rm %1` 会删除它，然后 `initbench up` 会重新构建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root tree `initbench build` made is up to date with the profile</source>
        <translation>`initbench build` 生成的根目录树与配置文件一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting the existing %1 (to rebuild it from the profile, `initbench rm %1` first)</source>
        <translation>正在启动已存在的 %1（若要按配置文件重新构建，请先 `initbench rm %1`）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>starting %1</source>
        <translation>正在启动 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no private UID range for %1 (%2): its root is the host&apos;s root, so the container is not a security boundary (see README, Security)</source>
        <translation>%1 没有独立的 UID 范围（%2）：其 root 就是宿主机的 root，因此该容器不是安全边界（见 README 的“安全”一节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd inside cannot boot with one here</source>
        <translation>容器内的 systemd 在此处无法在其下启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this host allows no user namespaces</source>
        <translation>此宿主机不允许用户命名空间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>machinectl status %1 knows the machine; machinectl login and shell need systemd inside it, so log in with `initbench console %1` or `initbench ssh %1`</source>
        <translation>machinectl status %1 能识别该机器；machinectl login 和 shell 需要其中运行 systemd，因此请用 `initbench console %1` 或 `initbench ssh %1` 登录</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>started %1 from %2, built from this profile</source>
        <translation>已从 %2 启动 %1（按此配置文件构建）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; has a root tree but no machine description (an interrupted build?); remove it with `initbench rm %1`</source>
        <translation>“%1”有根目录树但没有机器描述（构建被中断？）；请用 `initbench rm %1` 删除它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 container named &apos;%2&apos; exists and was not created by Initbench; choose another name</source>
        <translation>已存在一个名为“%2”的 %1 容器，且不是由 Initbench 创建的；请换一个名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already running</source>
        <translation>%1 已在运行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting %1 failed: %2</source>
        <translation>启动 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1 is already in use; choose another ssh_port</source>
        <translation>端口 %1 已被占用；请另选一个 ssh_port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting the container failed: %1</source>
        <translation>启动容器失败：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 started, but setting its password failed (chpasswd -e inside it); it keeps running without one</source>
        <translation>%1 已启动，但设置其密码失败（在其中运行 chpasswd -e）；它将在没有密码的情况下继续运行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the engine is remote: not waiting for the SSH banner on this machine&apos;s 127.0.0.1</source>
        <translation>引擎在远程：不在本机的 127.0.0.1 上等待 SSH 横幅</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was still booting; it keeps running (`initbench down %1` stops it)</source>
        <translation>%1 仍在启动中；它会继续运行（`initbench down %1` 可停止它）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container disappeared while booting (removed by someone else?)</source>
        <translation>容器在启动过程中消失了（被他人删除？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the container stopped while booting (exit status %1); %2</source>
        <translation>容器在启动过程中停止了（退出状态 %1）；%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the init has booted (%1 s)</source>
        <translation>init 已完成启动（%1 秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the init reports it has booted</source>
        <translation>init 报告已完成启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and SSH answers on 127.0.0.1:%1</source>
        <translation>，且 SSH 在 127.0.0.1:%1 上应答</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not ready after %1 s (%2); %3</source>
        <translation>%1 秒后仍未就绪（%2）；%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH does not answer on 127.0.0.1:%1</source>
        <translation>SSH 在 127.0.0.1:%1 上没有应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the init has not finished booting</source>
        <translation>init 尚未完成启动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the profile of %1 is not recorded (%2): start and restart will need `initbench up PROFILE`</source>
        <translation>%1 的配置文件未被记录（%2）：启动和重启将需要 `initbench up 配置文件`</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot make or pin the SSH host key of %1: %2</source>
        <translation>无法生成或固定 %1 的 SSH 主机密钥：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot give %1 its SSH host key: %2</source>
        <translation>无法为 %1 提供其 SSH 主机密钥：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dockerd remaps users, but its root folder (%1) does not say onto which host IDs, so %2&apos;s sshd could not read the host key Initbench mounts for it</source>
        <translation>dockerd 会重映射用户，但其根目录（%1）未说明映射到哪些宿主机 ID，因此 %2 的 sshd 无法读取 Initbench 为其挂载的主机密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot give %1&apos;s SSH host key to the container&apos;s root (UID %2): %3</source>
        <translation>无法将 %1 的 SSH 主机密钥交给容器的 root（UID %2）：%3</translation>
    </message>
</context>
<context>
    <name>ContainerController</name>
    <message>
        <location filename="../core/engine/containercontroller.cpp" line="+104"/>
        <source>more than one engine has a container named &apos;%1&apos;; say which with --engine</source>
        <translation>有多个引擎存在名为“%1”的容器；请用 --engine 指明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no container named &apos;%1&apos; (engines asked: %2)</source>
        <translation>没有名为“%1”的容器（已询问的引擎：%2）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; was not created by Initbench; %2 it with %3 %4 if you mean to</source>
        <translation>“%1”不是由 Initbench 创建的；如确有此意，请用 %3 %4 来 %2 它</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is running; stop it first with `initbench down %1`</source>
        <translation>“%1”正在运行；请先用 `initbench down %1` 停止它</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SSH for %1 on 127.0.0.1:%2, a free port kept for it until `initbench rm %1`</source>
        <translation>%1 的 SSH 位于 127.0.0.1:%2，这是为其保留的空闲端口，直到 `initbench rm %1`</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is removed, but its SSH host key is not: %2</source>
        <translation>%1 已删除，但其 SSH 主机密钥未删除：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is removed, but %2</source>
        <translation>%1 已删除，但 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starting %1</source>
        <translation>正在启动 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stopped cleanly in %2 s</source>
        <translation>%1 在 %2 秒内干净地停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 had to be killed: its init did not shut down</source>
        <translation>不得不强行终止 %1：其 init 没有关闭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not running</source>
        <translation>%1 没有在运行</translation>
    </message>
</context>
<context>
    <name>ContainerTerminals</name>
    <message>
        <location filename="../app/gui/containerterminals.cpp" line="+29"/>
        <source>The console of a systemd-nspawn machine is not available here: it belongs to Initbench&apos;s supervisor. Use `initbench console NAME`, SSH or an exec shell.</source>
        <translation>此处无法使用 systemd-nspawn 机器的控制台：它属于 Initbench 的监管进程。请使用 `initbench console NAME`、SSH 或 exec shell。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>console of %1 (nspawn, through Initbench&apos;s supervisor; Ctrl-] leaves): the console getty&apos;s login, recorded in utmp and wtmp</source>
        <translation>%1 的控制台（nspawn，经由 Initbench 的监管进程；Ctrl-] 退出）：控制台 getty 的登录，记录在 utmp 和 wtmp 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console of %1 (%2 attach): the console getty&apos;s login, recorded in utmp and wtmp</source>
        <translation>%1 的控制台（%2 attach）：控制台 getty 的登录，记录在 utmp 和 wtmp 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec shell in %1 (%2): writes no login record, not seen by who or last</source>
        <translation>%1 中的 exec shell（%2）：不写登录记录，who 和 last 看不到</translation>
    </message>
</context>
<context>
    <name>ImageBuilder</name>
    <message>
        <location filename="../core/engine/imagebuilder.cpp" line="+60"/>
        <source>the base image %1 is not here yet; pulling it</source>
        <translation>基础镜像 %1 尚不存在；正在拉取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image %1 is missing and cannot be pulled, and Initbench can only bootstrap Debian and Ubuntu bases</source>
        <translation>镜像 %1 不存在且无法拉取，而 Initbench 只能自行引导 Debian 和 Ubuntu 基础镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry is not reachable (%1); using a local base bootstrapped from the %2 mirror instead</source>
        <translation>无法访问镜像仓库（%1）；改用从 %2 镜像站引导的本地基础镜像</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> at step %1/%2 (%3)</source>
        <translation>，在第 %1/%2 步（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed%2: %3; the whole log is in %4</source>
        <translation>%1 失败%2：%3；完整日志在 %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Initbench&apos;s own SSH key is not in the image (%1); its terminal will ask for a password</source>
        <translation>Initbench 自己的 SSH 密钥不在镜像中（%1）；其终端将询问密码</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the root tree of %1 is up to date with the profile</source>
        <translation>%1 的根目录树与配置文件一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the nspawn machine &apos;%1&apos; already has a root tree (%2); remove it with `initbench rm %1` first</source>
        <translation>nspawn 机器“%1”已有根目录树（%2）；请先用 `initbench rm %1` 删除它</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image %1 is up to date with the profile</source>
        <translation>镜像 %1 与配置文件一致</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the build of %1 stopped, but its partial tree stays: %2</source>
        <translation>%1 的构建已停止，但其不完整的目录树仍保留：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the build of %1 stopped; nothing of it was kept%2</source>
        <translation>%1 的构建已停止；未保留任何内容%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 was not made)</source>
        <translation>（未生成 %1）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+320"/>
        <location line="+60"/>
        <location line="+11"/>
        <source>%1 is ready in %2 s: %3</source>
        <translation>%1 用时 %2 秒就绪：%3</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 was not running</source>
        <translation>%1 未在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped cleanly in %2 s (exit status %3)</source>
        <translation>%1 在 %2 秒内正常停止（退出状态 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 had to be killed: its init did not shut down (exit status %2)</source>
        <translation>%1 不得不被强制终止：其 init 没有完成关闭（退出状态 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>killed %1</source>
        <translation>已强制终止 %1</translation>
    </message>
    <message>
        <location filename="../models/inspectionmodels.cpp" line="+7"/>
        <location line="+12"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Login</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+24"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logout</source>
        <translation>登出时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runlevel / group</source>
        <translation>运行级别 / 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init&apos;s words</source>
        <translation>init 的原话</translation>
    </message>
    <message>
        <location filename="../app/gui/guilauncher.cpp" line="+65"/>
        <location line="+4"/>
        <source>Initbench</source>
        <translation>Initbench</translation>
    </message>
    <message>
        <location filename="../models/containerjob.cpp" line="+50"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
</context>
<context>
    <name>WtmpDbReader</name>
    <message>
        <location filename="../core/inspect/wtmpdbreader.cpp" line="+52"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>not an SQLite database (%n byte(s))</source>
        <translation>
            <numerusform>不是 SQLite 数据库（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write a private copy of the database: %1</source>
        <translation>无法写入数据库的私有副本：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no wtmpdb table (wtmp is missing, or not a plain table)</source>
        <translation>没有 wtmpdb 表（wtmp 缺失，或不是普通表）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no wtmpdb table: %1</source>
        <translation>没有 wtmpdb 表：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>only the first %n login(s) were read (row or time limit)</source>
        <translation>
            <numerusform>只读取了前 %n 次登录（行数或时间限制）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n row(s) of an unknown type skipped</source>
        <translation>
            <numerusform>跳过了 %n 行未知类型的记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>initbench::BootPane</name>
    <message>
        <location filename="../widgets/bootpane.cpp" line="+15"/>
        <source>Nothing has run yet.</source>
        <translation>尚未运行任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the running build or boot: the command it runs is stopped and nothing more of it starts</source>
        <translation>停止正在进行的构建或启动：正在运行的命令会被终止，后续步骤不再开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running operation</source>
        <translation>取消正在进行的操作</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling...</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>initbench::CatalogMatrixModel</name>
    <message>
        <location filename="../models/catalogmatrixmodel.cpp" line="+37"/>
        <source>supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initbench has a recipe for this combination</source>
        <translation>Initbench 有适用于此组合的配方</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Distro</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init</source>
        <translation>init</translation>
    </message>
</context>
<context>
    <name>initbench::CommandResult</name>
    <message>
        <location filename="../core/process/commandresult.cpp" line="+23"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited with status %1</source>
        <translation>以状态 %1 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be started (is it installed?)</source>
        <translation>无法启动（是否已安装？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out after %1</source>
        <translation>%1 后超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>initbench::ConsolePane</name>
    <message>
        <location filename="../widgets/consolepane.cpp" line="+24"/>
        <source>Choose a container in the Containers list to see its console.</source>
        <translation>在容器列表中选择一个容器以查看其控制台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Find in the console</source>
        <translation>在控制台中查找</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot console</source>
        <translation>启动控制台</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Console of %1 (%2)</source>
        <translation>%1 的控制台（%2）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Matches: %1</source>
        <translation>匹配：%1</translation>
    </message>
</context>
<context>
    <name>initbench::ContainerListModel</name>
    <message>
        <location filename="../models/containerlistmodel.cpp" line="+95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>initbench::ContainerListPane</name>
    <message>
        <location filename="../widgets/containerlistpane.cpp" line="+49"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected stopped container and wait until it is ready</source>
        <translation>启动所选的已停止容器，并等待其就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected container with its init&apos;s signal and start it again</source>
        <translation>用其 init 的信号停止所选容器，然后重新启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected container with its init&apos;s own stop signal</source>
        <translation>用所选容器的 init 自身的停止信号停止该容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill</source>
        <translation>强制终止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kill the selected container (SIGKILL) without asking its init</source>
        <translation>不经其 init 直接强制终止所选容器（SIGKILL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a terminal in the selected running container</source>
        <translation>在所选的运行中容器里打开终端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile the selected container was made from as a new profile</source>
        <translation>将创建所选容器的配置文件作为新配置文件打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected stopped container (its image stays)</source>
        <translation>删除所选的已停止容器（其镜像保留）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected container&apos;s running operation (a build stops and keeps nothing)</source>
        <translation>停止所选容器正在进行的操作（构建会停止且不保留任何内容）</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daemon not running</source>
        <translation>守护进程未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rootless setup incomplete</source>
        <translation>rootless 设置不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engines: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers again</source>
        <translation>%1 已恢复响应</translation>
    </message>
</context>
<context>
    <name>initbench::FindingsPane</name>
    <message>
        <location filename="../widgets/findingspane.cpp" line="+23"/>
        <source>Choose a container in the Containers list to see what Initbench recognises in its console.</source>
        <translation>在容器列表中选择一个容器，查看 Initbench 在其控制台中识别出的问题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Initbench recognises in the console</source>
        <translation>Initbench 在控制台中识别出的问题</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What Initbench recognises in the console of %1 (%2)</source>
        <translation>Initbench 在 %1（%2）的控制台中识别出的问题</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The console cannot be read: %1</source>
        <translation>无法读取控制台：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Nothing in its console matches a known problem (%n line(s) read).</source>
        <translation>
            <numerusform>其控制台中没有与已知问题匹配的内容（已读取 %n 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing that stops the boot or breaks a login: %n kind(s) of line that look wrong and are harmless here, and why.</source>
        <translation>
            <numerusform>没有阻止启动或导致登录失败的问题：%n 类看似有误、但在此处无害的行，并附原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s), the cause first. Choose one to see its line in the Console tab.</source>
        <translation>
            <numerusform>%n 个问题，原因排在最前。选择一项可在“控制台”标签页中查看对应的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (and %2 more lines like it)</source>
        <translation>%1（另有 %2 行类似内容）</translation>
    </message>
</context>
<context>
    <name>initbench::InspectPane</name>
    <message>
        <location filename="../widgets/inspectpane.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>(no running container)</source>
        <translation>（没有正在运行的容器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the running containers again and read the chosen one now</source>
        <translation>重新列出正在运行的容器，并立即读取所选容器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the processes and logins are read (services and history every %1th time)</source>
        <translation>读取进程和登录信息的频率（服务和历史记录每 %1 次读取一次）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container:</source>
        <translation>容器：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is gone: %2 no longer lists it. Showing its last reading.</source>
        <translation>%1 已消失：%2 不再列出它。显示的是最后一次读取的结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has stopped (%2, exit status %3). Showing its last reading.</source>
        <translation>%1 已停止（%2，退出状态 %3）。显示的是最后一次读取的结果。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No running container made by Initbench. Build and boot one, then press Refresh.</source>
        <translation>没有由 Initbench 创建的正在运行的容器。请构建并启动一个，然后点击“刷新”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No container engine is set up in this window.</source>
        <translation>此窗口中未设置容器引擎。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the processes of %1: %2</source>
        <translation>无法读取 %1 的进程：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last refresh %1, took %2 ms</source>
        <translation>上次刷新 %1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>initbench::LoginPane</name>
    <message>
        <location filename="../widgets/loginpane.cpp" line="+50"/>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read from: %1</source>
        <translation>读取自：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from: %1 (%2)</source>
        <translation>读取自：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>initbench::LoginQuery</name>
    <message>
        <location filename="../core/inspect/loginquery.cpp" line="+28"/>
        <source>sessions opened with exec (docker/podman exec, nsenter) write no login record</source>
        <translation>用 exec 打开的会话（docker/podman exec、nsenter）不写登录记录</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>nobody is logged in over SSH or on a console; %1</source>
        <translation>没有人通过 SSH 或控制台登录；%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no open login in wtmpdb; %1</source>
        <translation>wtmpdb 中没有未结束的登录；%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no %1</source>
        <translation>无：没有 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a musl system keeps utmp through utmps: its utmpd must run under the init&apos;s supervisor and keeps /run/utmps/utmp (add the utmps service to the profile)</source>
        <translation>musl 系统通过 utmps 维护 utmp：其 utmpd 必须在 init 的监管进程下运行，并维护 /run/utmps/utmp（请在配置文件中加入 utmps 服务）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing created /run/utmp at boot (an init without a utmp step, or Debian 13, where who asks logind)</source>
        <translation>启动时没有任何程序创建 /run/utmp（init 没有 utmp 步骤，或是 Debian 13，其 who 询问 logind）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a readable wtmpdb database: %2</source>
        <translation>%1 不是可读的 wtmpdb 数据库：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none: no %1 or %2</source>
        <translation>无：既没有 %1 也没有 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a musl system appends to /var/log/wtmp through utmps&apos; wtmpd, which must run under the init&apos;s supervisor (add the utmps service to the profile)</source>
        <translation>musl 系统通过 utmps 的 wtmpd 追加写入 /var/log/wtmp，它必须在 init 的监管进程下运行（请在配置文件中加入 utmps 服务）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing created /var/log/wtmp (the package that does, or the init&apos;s boot step, is missing)</source>
        <translation>没有任何程序创建 /var/log/wtmp（缺少负责创建它的软件包或 init 的启动步骤）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>runit writes no boot records</source>
        <translation>runit 不写启动记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no boot record: the init wrote none at boot</source>
        <translation>没有启动记录：init 在启动时没有写入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no login yet; %1</source>
        <translation>尚无登录；%1</translation>
    </message>
</context>
<context>
    <name>initbench::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-351"/>
        <source>Initbench</source>
        <translation>Initbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has run yet.</source>
        <translation>尚未运行任何操作。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>Build and boot</source>
        <translation>构建并启动</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New container...</source>
        <translation>新建容器...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open profile...</source>
        <translation>打开配置文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Save profile as...</source>
        <translation>配置文件另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write build context...</source>
        <translation>写入构建上下文…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the container with its init&apos;s own stop signal</source>
        <translation>用容器 init 自身的停止信号停止该容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stopped container (its image stays)</source>
        <translation>删除已停止的容器（其镜像会保留）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to the booted container over SSH in the Terminal tab</source>
        <translation>在“终端”标签页中通过 SSH 登录已启动的容器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Profile is valid.</source>
        <translation>配置文件有效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>配置文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Profile not loaded</source>
        <translation>未加载配置文件</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+182"/>
        <source>Profile not saved</source>
        <translation>未保存配置文件</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+182"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Write the build context into</source>
        <translation>将构建上下文写入到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build context not written</source>
        <translation>未写入构建上下文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build context written to %1</source>
        <translation>构建上下文已写入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No container engine is set up in this window</source>
        <translation>此窗口中未设置容器引擎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the image (or root tree), boot it and wait until it is ready</source>
        <translation>构建镜像（或根目录树），启动它并等待其就绪</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building and booting %1 on %2...</source>
        <translation>正在 %2 上构建并启动 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>building and booting</source>
        <translation>正在构建并启动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has an operation running: wait for it to end, or cancel it</source>
        <translation>%1 正在执行一项操作：请等待其结束，或取消它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has run for %1 in this window yet.</source>
        <translation>本窗口中尚未对 %1 执行任何操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping %1...</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove container</source>
        <translation>删除容器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the container %1? Its files are lost; its image stays.</source>
        <translation>删除容器 %1？其文件将丢失；其镜像会保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing %1...</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removing</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1...</source>
        <translation>正在启动 %1...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restarting %1...</source>
        <translation>正在重启 %1...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kill container</source>
        <translation>强制终止容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 without asking its init to shut down? Its services get no chance to save their state.</source>
        <translation>不请求其 init 关机而直接强制终止 %1？其服务将无法保存状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Killing %1...</source>
        <translation>正在强制终止 %1...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killing</source>
        <translation>正在强制终止</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot duplicate %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a copy of the profile %2 was made from; it is not saved yet</source>
        <translation>%1 是创建 %2 的配置文件的副本，尚未保存</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace profile</source>
        <translation>替换配置文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A profile %1 exists already. Replace it?</source>
        <translation>配置文件 %1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>initbench::NewContainerWizard</name>
    <message>
        <location filename="../widgets/newcontainerwizard.cpp" line="+31"/>
        <location line="+162"/>
        <source>%1 (not available: %2)</source>
        <translation>%1（不可用：%2）</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>New container</source>
        <translation>新建容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and boot</source>
        <translation>创建并启动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distributions</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Init systems</source>
        <translation>init 系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which distribution the container runs.</source>
        <translation>容器运行哪个发行版。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system</source>
        <translation>init 系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What runs as PID 1. Inits with no recipe for this distribution are shown with the reason.</source>
        <translation>作为 PID 1 运行的程序。没有此发行版配方的 init 会显示原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the init starts and supervises. OpenSSH gives the terminal and who/last a login to show.</source>
        <translation>由 init 启动并监管的服务。OpenSSH 让终端和 who/last 有登录可显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Engine</source>
        <translation>引擎(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;port (127.0.0.1)</source>
        <translation>SSH 端口(&amp;P)（127.0.0.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine, name and port</source>
        <translation>引擎、名称和端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it runs, and what it is called.</source>
        <translation>在哪里运行，叫什么名字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security summary:</source>
        <translation>安全摘要：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files and commands Initbench will use, and what the container is given.</source>
        <translation>Initbench 将使用的文件和命令，以及容器获得的权限。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 (not installed here)</source>
        <translation>%1（此处未安装）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>• SSH port: a free one, kept for %1 when it is made (%2 is free now)</source>
        <translation>• SSH 端口：创建时为 %1 保留一个空闲端口（现在 %2 空闲）</translation>
    </message>
</context>
<context>
    <name>initbench::OverviewPane</name>
    <message>
        <location filename="../widgets/overviewpane.cpp" line="+66"/>
        <source>What it was given</source>
        <translation>授予它的权限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commands that made and start it</source>
        <translation>创建并启动它的命令</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No container chosen</source>
        <translation>未选择容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a container in the list below to see what it uses and what it was given.</source>
        <translation>在下方列表中选择一个容器，查看它使用的资源和被授予的权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, not listed now</source>
        <translation>%1，当前未列出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH on 127.0.0.1:%1</source>
        <translation>SSH 位于 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init is host PID %1</source>
        <translation>init 的主机 PID 为 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not known: %1.</source>
        <translation>未知：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from %1.</source>
        <translation>读取自：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measuring...</source>
        <translation>正在测量……</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 % of a core</source>
        <translation>单核的 %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1</source>
        <translation>内存：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Usage, last 5 minutes</source>
        <translation>资源使用，最近 5 分钟</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes: %1</source>
        <translation>进程：%1</translation>
    </message>
</context>
<context>
    <name>initbench::PasswordPrompt</name>
    <message>
        <location filename="../widgets/passwordprompt.cpp" line="+68"/>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server refused Initbench&apos;s key.
%1 (user %2)</source>
        <translation>服务器拒绝了 Initbench 的密钥。
%1（用户 %2）</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessPane</name>
    <message>
        <location filename="../widgets/processpane.cpp" line="+47"/>
        <source>Processes: not read yet.</source>
        <translation>进程：尚未读取。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processes read from: %1</source>
        <translation>进程读取自：%1</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessRoleProxy</name>
    <message>
        <location filename="../widgets/processroleproxy.cpp" line="+18"/>
        <source>[init]</source>
        <translation>[init]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[supervisor]</source>
        <translation>[监管进程]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unit]</source>
        <translation>[单元]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[unit %1]</source>
        <translation>[单元 %1]</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessTreeModel</name>
    <message>
        <location filename="../models/processtreemodel.cpp" line="+206"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd unit: %1</source>
        <translation>systemd 单元：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host PID</source>
        <translation>主机 PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>initbench::ProfileForm</name>
    <message>
        <location filename="../widgets/profileform.cpp" line="+33"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lowercase letters, digits and &apos;-&apos;</source>
        <translation>小写字母、数字和 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distro</source>
        <translation>发行版(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Init system</source>
        <translation>init 系统(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine</source>
        <translation>引擎(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;port (127.0.0.1)</source>
        <translation>SSH 端口 (127.0.0.1)(&amp;P)</translation>
    </message>
</context>
<context>
    <name>initbench::RecipePreview</name>
    <message>
        <location filename="../widgets/recipepreview.cpp" line="+36"/>
        <source>Recipe for %1: %2 files, %3 commands.</source>
        <translation>%1 的配方：%2 个文件，%3 条命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile cannot be built yet:</source>
        <translation>此配置文件尚无法构建：</translation>
    </message>
</context>
<context>
    <name>initbench::ServicesPane</name>
    <message>
        <location filename="../widgets/servicespane.cpp" line="+18"/>
        <source>Raw output</source>
        <translation>原始输出</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the init&apos;s status command printed, as it came</source>
        <translation>init 的状态命令输出的原样内容</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Init: unknown</source>
        <translation>init：未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Init: %1</source>
        <translation>init：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runlevel: %1</source>
        <translation>运行级别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked with: %1</source>
        <translation>查询命令：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The init listed no services.</source>
        <translation>init 未列出任何服务。</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalPane</name>
    <message>
        <location filename="../widgets/terminalpane.cpp" line="+29"/>
        <source>New session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No terminal session yet.
Once the container runs, open one with New session: SSH (a login, seen by who and last), an exec shell (no login record) or the console.</source>
        <translation>尚无终端会话。
容器运行后，可通过“新建会话”打开一个：SSH（一次登录，who 和 last 可见）、exec shell（无登录记录）或控制台。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the container</source>
        <translation>该容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH to %1 (default)</source>
        <translation>通过 SSH 连接到 %1（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in over SSH with Initbench&apos;s key: a real login, recorded in utmp and wtmp</source>
        <translation>使用 Initbench 的密钥通过 SSH 登录：真正的登录，会记录到 utmp 和 wtmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exec shell in %1 (writes no login record)</source>
        <translation>在 %1 中打开 exec shell（不写入登录记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shell started by the engine (%1 exec): no login, so who and last do not see it</source>
        <translation>由引擎启动的 shell（%1 exec）：不是登录，因此 who 和 last 看不到它</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Console of %1</source>
        <translation>%1 的控制台</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The container&apos;s console (%1 attach): log in at its getty; a login, recorded in utmp and wtmp</source>
        <translation>容器的控制台（%1 attach）：在其 getty 上登录；这是一次登录，会记录到 utmp 和 wtmp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a terminal session into %1</source>
        <translation>打开到 %1 的终端会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No container engine is set up in this window</source>
        <translation>此窗口中未设置容器引擎</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No container to open a terminal into</source>
        <translation>没有可在其中打开终端的容器</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session &quot;%1&quot; is still running. End it?</source>
        <translation>会话“%1”仍在运行。要结束它吗？</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (ended)</source>
        <translation>%1（已结束）</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSearchBar</name>
    <message>
        <location filename="../widgets/terminalsearchbar.cpp" line="+15"/>
        <source>Find in scrollback</source>
        <translation>在回滚缓冲区中查找</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSession</name>
    <message>
        <location filename="../core/terminal/terminalsession.cpp" line="+33"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec shell</source>
        <translation>exec shell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSessionPage</name>
    <message>
        <location filename="../widgets/terminalsessionpage.cpp" line="+27"/>
        <source>a login: recorded in utmp and wtmp, seen by who and last</source>
        <translation>一次登录：记录到 utmp 和 wtmp，who 和 last 可见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes no login record: not seen by who or last</source>
        <translation>不写入登录记录：who 和 last 都看不到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended: %1</source>
        <translation>已结束：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH to %1</source>
        <translation>通过 SSH 连接到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exec shell in %1</source>
        <translation>%1 中的 exec shell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console of %1</source>
        <translation>%1 的控制台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalView</name>
    <message>
        <location filename="../widgets/terminalview.cpp" line="+28"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location filename="../widgets/terminalviewpaint.cpp" line="+40"/>
        <source>Disconnected. Press Enter or the button to reconnect.</source>
        <translation>连接已断开。按 Enter 键或点击按钮即可重新连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected: %1. Press Enter or the button to reconnect.</source>
        <translation>连接已断开：%1。按 Enter 键或点击按钮即可重新连接。</translation>
    </message>
</context>
<context>
    <name>initbench::UtmpFormat</name>
    <message numerus="yes">
        <location filename="../core/inspect/utmpproblems.cpp" line="+36"/>
        <source>skipped %n implausible record(s), the first at byte %1</source>
        <translation>
            <numerusform>跳过了 %n 条不合理的记录，第一条位于字节 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>skipped %n record(s) of unknown type, the first (type %1) at byte %2</source>
        <translation>
            <numerusform>跳过了 %n 条未知类型的记录，第一条（类型 %1）位于字节 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ignored a partial record of %n byte(s) at the end (truncated file?)</source>
        <translation>
            <numerusform>忽略了末尾一条 %n 字节的不完整记录（文件被截断？）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) in neither utmp layout (glibc 384 bytes, utmps 400 bytes)</source>
        <translation>
            <numerusform>%n 字节，不符合任何一种 utmp 布局（glibc 384 字节，utmps 400 字节）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>initbench::UtmpLayout</name>
    <message>
        <location filename="../core/inspect/utmplayout.cpp" line="+129"/>
        <source>glibc x86_64 struct utmp (384 bytes)</source>
        <translation>glibc x86_64 struct utmp（384 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utmps struct utmpx, 64-bit musl (400 bytes)</source>
        <translation>utmps struct utmpx，64 位 musl（400 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layout</source>
        <translation>未知布局</translation>
    </message>
</context>
</TS>
