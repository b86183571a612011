<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="78"/>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="79"/>
        <source>Enrol member</source>
        <translation>会员入会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="80"/>
        <source>Record sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="81"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="82"/>
        <source>Sale history</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="83"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="84"/>
        <source>Farewell</source>
        <translation>送别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="85"/>
        <source>Greeting card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="86"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="87"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="88"/>
        <source>Member sheet (PDF)</source>
        <translation>会员资料单（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="89"/>
        <source>Coupon slip</source>
        <translation>优惠券凭条</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="114"/>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="115"/>
        <source>Withdraw</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="116"/>
        <source>Stored-value history</source>
        <translation>余额明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="117"/>
        <source>Member&apos;s PIN</source>
        <translation>支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="118"/>
        <source>Adjust points</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="119"/>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/actions.py" line="120"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
</context>
<context>
    <name>AfterSales</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="23"/>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="24"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="25"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="26"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/application.py" line="119"/>
        <source>Backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="12"/>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="13"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="14"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="15"/>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="16"/>
        <source>Waiting</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="17"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="18"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="24"/>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="47"/>
        <source>Not decided yet</source>
        <translation>尚未判断</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="26"/>
        <source>Promotion gap: promised vs delivered</source>
        <translation>促销差距：承诺与实际不符</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="29"/>
        <source>Understanding gap: we misread what customers expect</source>
        <translation>理解差距：管理层误解了顾客的期望</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="32"/>
        <source>Procedure gap: expectations not turned into procedures</source>
        <translation>程序差距：顾客期望没有变成服务程序</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="35"/>
        <source>Behaviour gap: service differs from the standard</source>
        <translation>行为差距：提供的服务不符合标准</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="38"/>
        <source>Perception gap: perceived differs from delivered</source>
        <translation>感受差距：顾客感受与实际服务不同</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="49"/>
        <source>Promotion gap</source>
        <translation>促销差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="50"/>
        <source>Understanding gap</source>
        <translation>理解差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="51"/>
        <source>Procedure gap</source>
        <translation>程序差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="52"/>
        <source>Behaviour gap</source>
        <translation>行为差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="53"/>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="59"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="60"/>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="61"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="67"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="68"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="69"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="70"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/complaint_labels.py" line="71"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>CounterSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="36"/>
        <source>This counter</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="43"/>
        <source>Use another database file…</source>
        <translation>使用其他数据库文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="48"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="52"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="55"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="59"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="64"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="68"/>
        <source>Daily backups kept:</source>
        <translation>保留每日备份数：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="73"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="100"/>
        <source>Last backup: {when} ({count} kept)</source>
        <translation>最近备份：{when}（共保留 {count} 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="106"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="113"/>
        <source>MemberDesk database</source>
        <translation>MemberDesk 数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="120"/>
        <source>The counter uses the new database after a restart.</source>
        <translation>重新启动后，服务台将使用新的数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="135"/>
        <source>Saved. A new language shows after a restart.</source>
        <translation>已保存。新的语言在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="148"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="152"/>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="68"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="90"/>
        <source>Backing up the database… %1%</source>
        <translation>正在备份数据库… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="93"/>
        <source>Backup done: %1</source>
        <translation>备份完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="93"/>
        <source>Backed up today</source>
        <translation>今天已备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="98"/>
        <source>Backup stopped; it runs again at the next start</source>
        <translation>备份已中止，下次启动时重新备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/daily_backup.py" line="103"/>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="23"/>
        <source>There is no database at {where}.</source>
        <translation>在 {where} 没有找到数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="24"/>
        <source>The database {where} is in use by another program. Close it and try again.</source>
        <translation>数据库 {where} 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="27"/>
        <source>The database {where} cannot be written (read-only).</source>
        <translation>数据库 {where} 无法写入（只读）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="30"/>
        <source>The database {where} is damaged ({detail}).</source>
        <translation>数据库 {where} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="33"/>
        <source>The database {where} was written by a newer MemberDesk. Please update MemberDesk.</source>
        <translation>数据库 {where} 由更新版本的 MemberDesk 写入，请先升级 MemberDesk。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="37"/>
        <source>{where} is not a MemberDesk database.</source>
        <translation>{where} 不是 MemberDesk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="40"/>
        <source>The database server {where} cannot be reached: {detail}</source>
        <translation>无法连接数据库服务器 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="43"/>
        <source>The disk holding {where} is full. Free some space on the disk, then start MemberDesk again.</source>
        <translation>存放 {where} 的磁盘已满。请先清理磁盘空间，然后重新启动 MemberDesk。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="74"/>
        <source>The newest backup is from {when}.</source>
        <translation>最新的备份时间：{when}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="77"/>
        <source>Restore newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="83"/>
        <source>Set up a new store here</source>
        <translation>在这里新建门店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="87"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="91"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="105"/>
        <source>Open a MemberDesk database</source>
        <translation>打开 MemberDesk 数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="160"/>
        <source>{store} ({when})</source>
        <translation>{store}（{when}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="163"/>
        <source>{store} (%n member(s), {when})</source>
        <translation>
            <numerusform>{store}（%n 名会员，{when}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="171"/>
        <source>The backup is of another store: {backup}. The database it would replace is {live}. Replace this store&apos;s data with the other store&apos;s?</source>
        <translation>这个备份属于另一家门店：{backup}。它将替换的数据库是：{live}。确定要用另一家门店的数据替换本店的数据吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/db_problem.py" line="176"/>
        <source>The database cannot be read and no longer says which store it is. The backup is of {backup}. Restore it only if this is your store&apos;s backup. Restore it?</source>
        <translation>数据库无法读取，已无法确认它属于哪家门店。这个备份属于：{backup}。只有确认这是本店的备份时才能恢复。确定要恢复吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="72"/>
        <source>Store code and name are required.</source>
        <translation>门店编号和名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="76"/>
        <source>The manager&apos;s name and staff number are required.</source>
        <translation>店长的姓名和工号必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="81"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/guarded_dialog.py" line="83"/>
        <source>Discard?</source>
        <translation>放弃输入？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/guarded_dialog.py" line="84"/>
        <source>Discard what you typed?</source>
        <translation>放弃刚才输入的内容吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/guarded_dialog.py" line="86"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/guarded_dialog.py" line="89"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>HeldAccountsNotice</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/staff_notice.py" line="47"/>
        <source>⚠ {name} ({code}, {role}) was unlocked again and again: locked until you unlock it. Unlocked by: {who}. Someone may have been trying the PIN; unlock it or reset the PIN in Settings → Staff.</source>
        <translation>⚠ {name}（{code}，{role}）的账号短时间内被反复解锁，现已锁定，需要您亲自解锁。解锁人：{who}。可能有人在试密码；请在 设置 → 员工 中解锁或重设密码。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="22"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="23"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="24"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="31"/>
        <source>Important value</source>
        <translation>重要价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="32"/>
        <source>Important to develop</source>
        <translation>重要发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="33"/>
        <source>Important to keep</source>
        <translation>重要保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="34"/>
        <source>Important to win back</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="35"/>
        <source>General value</source>
        <translation>一般价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="36"/>
        <source>General to develop</source>
        <translation>一般发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="37"/>
        <source>General to keep</source>
        <translation>一般保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="38"/>
        <source>General to win back</source>
        <translation>一般挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="66"/>
        <source>%1: only the manager may do this.</source>
        <translation>%1：只有店长可以操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="68"/>
        <source>%1: only a supervisor or the manager may do this.</source>
        <translation>%1：只有主管或店长可以操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="70"/>
        <source>%1: your role may not do this.</source>
        <translation>%1：你的岗位不能操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="78"/>
        <source>Only the manager can change this.</source>
        <translation>只有店长可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="80"/>
        <source>Only a supervisor or the manager can change this.</source>
        <translation>只有主管或店长可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/labels.py" line="81"/>
        <source>Your role cannot change this.</source>
        <translation>你的岗位不能修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="163"/>
        <source>MemberDesk — {store}</source>
        <translation>MemberDesk 会员服务台 — {store}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="452"/>
        <source>The database is damaged: what is saved now may be lost. Finish the customer at hand, then close MemberDesk on every counter and restore the newest backup ({backup}) with `memberdesk restore`; the damaged file is kept. If unsure, call for help.</source>
        <translation>数据库已损坏：现在保存的内容可能会丢失。请先接待完眼前的顾客，然后在所有收银台关闭 MemberDesk，用 `memberdesk restore` 恢复最新的备份（{backup}）；损坏的文件会被保留。如有疑问，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="459"/>
        <source>The database is damaged: what is saved now may be lost. There is no backup to restore: finish the customer at hand and call for help.</source>
        <translation>数据库已损坏：现在保存的内容可能会丢失。没有可以恢复的备份：请接待完眼前的顾客，然后联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="469"/>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="286"/>
        <source>Store: {name}</source>
        <translation>门店：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="288"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="314"/>
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="317"/>
        <source>Database OK</source>
        <translation>数据库正常</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="393"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/main_window.py" line="415"/>
        <source>Staff: {name} ({role})</source>
        <translation>当班：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/manager_approval.py" line="40"/>
        <source>Manager approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/manager_approval.py" line="45"/>
        <source>The file holds members&apos; phone numbers or sensitive data: the manager approves it with their PIN.</source>
        <translation>这个文件含会员手机号或敏感信息，须由店长输入密码批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/manager_approval.py" line="61"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/manager_approval.py" line="68"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/manager_approval.py" line="69"/>
        <source>Manager&apos;s PIN</source>
        <translation>店长密码</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="16"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="17"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="18"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="19"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="25"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="26"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="27"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="33"/>
        <source>Word of mouth</source>
        <translation>口碑</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="34"/>
        <source>Partner promotion</source>
        <translation>联合促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="35"/>
        <source>Staff referral / group-buy card</source>
        <translation>员工介绍 / 团购卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="36"/>
        <source>Member referral</source>
        <translation>老会员介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="37"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="38"/>
        <source>Walked in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="45"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="46"/>
        <source>Mobile operator</source>
        <translation>移动运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="47"/>
        <source>Gym</source>
        <translation>健身房</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="48"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="49"/>
        <source>Other partner</source>
        <translation>其他合作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="55"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="56"/>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="57"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="58"/>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="59"/>
        <source>Partner business</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="74"/>
        <source>Tops</source>
        <translation>上装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="75"/>
        <source>Bottoms</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="76"/>
        <source>Dresses</source>
        <translation>裙装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="77"/>
        <source>Shoes</source>
        <translation>鞋</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="78"/>
        <source>Bra</source>
        <translation>内衣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="79"/>
        <source>Children&apos;s</source>
        <translation>童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="85"/>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="86"/>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="87"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="93"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="94"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="111"/>
        <source>dry skin</source>
        <translation>干性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="112"/>
        <source>oily skin</source>
        <translation>油性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="113"/>
        <source>combination skin</source>
        <translation>混合性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="114"/>
        <source>normal skin</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="115"/>
        <source>sensitive skin</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="116"/>
        <source>straight hair</source>
        <translation>直发</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="117"/>
        <source>curly hair</source>
        <translation>卷发</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="118"/>
        <source>fine, soft hair</source>
        <translation>细软</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="119"/>
        <source>coarse hair</source>
        <translation>粗硬</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/member_labels.py" line="120"/>
        <source>hair damaged by perms and dye</source>
        <translation>烫染受损</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/widgets/pdf_preview.py" line="93"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/pdf_preview.py" line="94"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/pdf_preview.py" line="96"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/pdf_preview.py" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="40"/>
        <source>Receipt printer and cash drawer</source>
        <translation>小票机和钱箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="46"/>
        <source>None: PDF to the system printer</source>
        <translation>不用小票机：用系统打印机打印 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="47"/>
        <source>Network (ESC/POS)</source>
        <translation>网口小票机（ESC/POS）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="48"/>
        <source>USB (ESC/POS)</source>
        <translation>USB 小票机（ESC/POS）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="49"/>
        <source>Serial port (ESC/POS)</source>
        <translation>串口小票机（ESC/POS）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="57"/>
        <source>The printer&apos;s Chinese font (GB18030)</source>
        <translation>打印机自带中文字库（GB18030）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="58"/>
        <source>Draw Chinese as a picture (no Chinese font)</source>
        <translation>中文按图片打印（打印机无中文字库）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="59"/>
        <source>A cash drawer is plugged into the printer</source>
        <translation>钱箱接在小票机上</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="61"/>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="62"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="63"/>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="68"/>
        <source>Till name:</source>
        <translation>收银台名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="69"/>
        <source>Save printer</source>
        <translation>保存打印机设置</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="72"/>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="75"/>
        <source>End of shift…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="78"/>
        <source>Open the drawer…</source>
        <translation>开钱箱…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="138"/>
        <source>Printer saved.</source>
        <translation>打印机设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="161"/>
        <source>Printing the test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/printer.py" line="168"/>
        <source>The test page went to the printer. Save to keep this printer.</source>
        <translation>测试页已发送到打印机。确认无误请点保存。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/file_dialogs.py" line="32"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/file_dialogs.py" line="30"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/file_dialogs.py" line="31"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="13"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="14"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="15"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/aftersales_labels.py" line="16"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/settings_page.py" line="196"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="93"/>
        <source>Who is at the counter?</source>
        <translation>请问哪位当班？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="126"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="100"/>
        <source>Press your number (or click your name).</source>
        <translation>请按您的序号（或点击您的名字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="117"/>
        <source>Type your PIN and press Enter. Esc: someone else.</source>
        <translation>输入密码后按回车。按 Esc 换人。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="129"/>
        <source>Someone else (Esc)</source>
        <translation>换人（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="189"/>
        <source> — locked</source>
        <translation> — 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="213"/>
        <source>PIN for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/signin.py" line="222"/>
        <source>Pick your name first (press your number).</source>
        <translation>请先选择您的名字（按下您的序号）。</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="47"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="54"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="60"/>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="63"/>
        <source>Give a new PIN</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="66"/>
        <source>Close account (left the store)…</source>
        <translation>停用账号（已离职）…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="91"/>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="95"/>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="97"/>
        <source>Staff number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="98"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="99"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="100"/>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="107"/>
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="111"/>
        <source>My PIN</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="113"/>
        <source>Current PIN:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="114"/>
        <source>New PIN:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="152"/>
        <source> — locked until the manager unlocks it</source>
        <translation> — 已锁定，需店长解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="154"/>
        <source> — locked</source>
        <translation> — 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="213"/>
        <source>Pick a staff member first.</source>
        <translation>请先选择一位员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="223"/>
        <source>{name} is unlocked.</source>
        <translation>{name} 已解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="229"/>
        <source>{name} was unlocked {times} times within 24 hours: the account stays locked until the manager unlocks it. The manager is told.</source>
        <translation>{name} 在 24 小时内被解锁了 {times} 次：账号保持锁定，需店长解锁。已通知店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="241"/>
        <source>{name} has a new PIN; tell it to them in private.</source>
        <translation>{name} 的密码已重设，请私下告知本人。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="250"/>
        <source>Close account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="251"/>
        <source>Close {name}&apos;s account? They can no longer sign in; what they did keeps their name.</source>
        <translation>停用 {name} 的账号吗？停用后无法再登录；其经手的记录仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="266"/>
        <source>{name}&apos;s account is closed.</source>
        <translation>{name} 的账号已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="280"/>
        <source>Staff member added.</source>
        <translation>员工已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/staff_admin.py" line="289"/>
        <source>Your PIN is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>StaffTargetsSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="45"/>
        <source>Staff scorecard: monthly targets and bonuses by role</source>
        <translation>员工考核：各岗位月度目标与奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="53"/>
        <source>Targets for</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="61"/>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="63"/>
        <source>Monthly sales target (yuan)</source>
        <translation>月销售目标（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="64"/>
        <source>New members enrolled a month</source>
        <translation>每月新办会员目标（人）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="66"/>
        <source>Satisfaction needed for the sales bonus (perceived / expected)</source>
        <translation>拿销售奖金所需满意度（感受值 / 期望值）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="68"/>
        <source>Bonus per member enrolled (yuan)</source>
        <translation>每办一名会员奖金（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="69"/>
        <source>Bonus per new member referred (yuan)</source>
        <translation>每推荐一名新会员奖金（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="70"/>
        <source>Sales bonus when the target is reached (yuan)</source>
        <translation>完成销售目标奖金（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="84"/>
        <source>Save targets and bonuses</source>
        <translation>保存目标与奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="90"/>
        <source>My scorecard…</source>
        <translation>我的考核表…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/settings/scorecard_targets.py" line="141"/>
        <source>Targets and bonuses saved.</source>
        <translation>目标与奖金已保存。</translation>
    </message>
</context>
<context>
    <name>StoreSetupDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="30"/>
        <source>Set up a new store</source>
        <translation>新建门店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="33"/>
        <source>Service desk, ground floor</source>
        <translation>一楼总服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="41"/>
        <source>Store name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="42"/>
        <source>Store code:</source>
        <translation>门店编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="43"/>
        <source>Invoices are issued at:</source>
        <translation>开具发票地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="44"/>
        <source>Manager&apos;s name:</source>
        <translation>店长姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="45"/>
        <source>Manager&apos;s staff number:</source>
        <translation>店长工号：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="46"/>
        <source>Manager&apos;s PIN:</source>
        <translation>店长密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="47"/>
        <source>PIN again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="57"/>
        <source>Set up the store</source>
        <translation>开设门店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/app/store_setup.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/widgets/pdf_preview.py" line="132"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
</TS>
