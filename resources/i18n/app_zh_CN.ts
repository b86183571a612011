<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="51" />
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="52" />
        <source>Enrol member</source>
        <translation>会员入会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="53" />
        <source>Record sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="54" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="55" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="56" />
        <source>Farewell</source>
        <translation>送别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="57" />
        <source>Greeting card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="58" />
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="59" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/actions.py" line="60" />
        <source>Member sheet (PDF)</source>
        <translation>会员资料单（PDF）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app.py" line="101" />
        <source>Backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>CounterSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="37" />
        <source>This counter</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="44" />
        <source>Use another database file…</source>
        <translation>使用其他数据库文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="49" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="53" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="56" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="60" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="65" />
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="69" />
        <source>Daily backups kept:</source>
        <translation>保留每日备份数：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="71" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="74" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="92" />
        <source>Last backup: {when} ({count} kept)</source>
        <translation>最近备份：{when}（共保留 {count} 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="98" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="105" />
        <source>MemberDesk database</source>
        <translation>MemberDesk 数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="112" />
        <source>The counter uses the new database after a restart.</source>
        <translation>重新启动后，服务台将使用新的数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="127" />
        <source>Saved. A new language shows after a restart.</source>
        <translation>已保存。新的语言在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="140" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="144" />
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="21" />
        <source>There is no database at {where}.</source>
        <translation>在 {where} 没有找到数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="22" />
        <source>The database {where} is in use by another program. Close it and try again.</source>
        <translation>数据库 {where} 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="25" />
        <source>The database {where} cannot be written (read-only).</source>
        <translation>数据库 {where} 无法写入（只读）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="28" />
        <source>The database {where} is damaged ({detail}).</source>
        <translation>数据库 {where} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="31" />
        <source>The database {where} was written by a newer MemberDesk. Please update MemberDesk.</source>
        <translation>数据库 {where} 由更新版本的 MemberDesk 写入，请先升级 MemberDesk。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="35" />
        <source>{where} is not a MemberDesk database.</source>
        <translation>{where} 不是 MemberDesk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="38" />
        <source>The database server {where} cannot be reached: {detail}</source>
        <translation>无法连接数据库服务器 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="68" />
        <source>The newest backup is from {when}.</source>
        <translation>最新的备份时间：{when}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="71" />
        <source>Restore newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="77" />
        <source>Set up a new store here</source>
        <translation>在这里新建门店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="81" />
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="85" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/db_problem.py" line="97" />
        <source>Open a MemberDesk database</source>
        <translation>打开 MemberDesk 数据库</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="64" />
        <source>Store code and name are required.</source>
        <translation>门店编号和名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="68" />
        <source>The manager's name and staff number are required.</source>
        <translation>店长的姓名和工号必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="73" />
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/labels.py" line="16" />
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/labels.py" line="17" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/labels.py" line="18" />
        <source>Manager</source>
        <translation>店长</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="43" />
        <source>MemberDesk — {store}</source>
        <translation>MemberDesk 会员服务台 — {store}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="74" />
        <source>Lock the counter</source>
        <translation>锁定服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="90" />
        <source>Store: {name}</source>
        <translation>门店：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="92" />
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="103" />
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="106" />
        <source>Database OK</source>
        <translation>数据库正常</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="116" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/main_window.py" line="122" />
        <source>Staff: {name} ({role})</source>
        <translation>当班：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/settings.py" line="185" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="55" />
        <source>Who is at the counter?</source>
        <translation>请问哪位当班？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="58" />
        <source>Press your number, type your PIN and press Enter.</source>
        <translation>按下您的序号，输入密码后按回车。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="76" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="80" />
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="95" />
        <source> — locked</source>
        <translation> — 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/signin.py" line="113" />
        <source>Pick your name first (press your number).</source>
        <translation>请先选择您的名字（按下您的序号）。</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="34" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="39" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="51" />
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="54" />
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="56" />
        <source>Staff number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="57" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="58" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="59" />
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="66" />
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="69" />
        <source>My PIN</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="71" />
        <source>Current PIN:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="72" />
        <source>New PIN:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="98" />
        <source> — locked</source>
        <translation> — 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="116" />
        <source>Pick a staff member first.</source>
        <translation>请先选择一位员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="119" />
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="132" />
        <source>Staff member added.</source>
        <translation>员工已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/staff_admin.py" line="141" />
        <source>Your PIN is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>StoreSetupDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="29" />
        <source>Set up a new store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="32" />
        <source>Service desk, ground floor</source>
        <translation>一楼总服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="40" />
        <source>Store name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="41" />
        <source>Store code:</source>
        <translation>门店编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="42" />
        <source>Invoices are issued at:</source>
        <translation>开具发票地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="43" />
        <source>Manager's name:</source>
        <translation>店长姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="44" />
        <source>Manager's staff number:</source>
        <translation>店长工号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="45" />
        <source>Manager's PIN:</source>
        <translation>店长密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/store_setup.py" line="46" />
        <source>PIN again:</source>
        <translation>再次输入密码：</translation>
    </message>
</context>
</TS>